package dev.agentdata.adapter.http;

import java.time.Clock;
import java.time.ZoneOffset;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one server per test class on the storage {@link StorageServer}, {@link OnPostgres} and {@link OnPgBouncer}
 * name; stops it after.
 */
final class StorageServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(StorageServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        StorageServer options = AnnotationSupport.findAnnotation(testClass, StorageServer.class).orElseThrow();
        Clock clock = options.fixedClock() ? Clock.fixed(FakeUseCases.NOW, ZoneOffset.UTC) : Clock.systemUTC();
        TestStorage storage = AnnotationSupport.isAnnotated(testClass, OnPgBouncer.class) ? TestStorage.pgbouncer()
                : AnnotationSupport.isAnnotated(testClass, OnPostgres.class) ? TestStorage.postgres()
                : TestStorage.memory();
        context.getStore(NS).put(TestServer.class, TestServer.start(storage, options.value(), clock));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestServer running = context.getStore(NS).remove(TestServer.class, TestServer.class);
        if (running != null) {
            running.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Http.class || type == Http1Client.class || type == WebServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestServer running = context.getStore(NS).get(TestServer.class, TestServer.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == WebServer.class) {
            return running.server();
        }
        return type == Http.class ? new Http(running.client()) : running.client();
    }
}
