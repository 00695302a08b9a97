package dev.agentdata.adapter.http;

import java.time.Clock;
import java.time.ZoneOffset;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** Starts one server per test class on the storage {@link StorageServer} and {@link OnPostgres} name; stops it after. */
final class StorageServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(StorageServerExtension.class);

    /** The running server and what it runs on. */
    private record Running(TestStorage storage, WebServer server, Http1Client client) {
        void stop() {
            try {
                server.stop();
            } finally {
                storage.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        StorageServer options = AnnotationSupport.findAnnotation(testClass, StorageServer.class).orElseThrow();
        Clock clock = options.fixedClock() ? Clock.fixed(Fakes.NOW, ZoneOffset.UTC) : Clock.systemUTC();
        TestStorage storage = AnnotationSupport.isAnnotated(testClass, OnPostgres.class)
                ? TestStorage.postgres() : TestStorage.memory();
        try {
            HttpApi api = api(options.value(), ServiceWiring.useCases(clock, storage));
            WebServerConfig.Builder config = WebServer.builder().host("127.0.0.1").port(0);
            HttpApiTestServer.server(api, config);
            HttpRouting.Builder routing = HttpRouting.builder();
            HttpApiTestServer.routing(api, routing);
            WebServer server = config.routing(routing).build().start();
            Http1Client client = Http1Client.builder().baseUri("http://127.0.0.1:" + server.port()).build();
            context.getStore(NS).put(Running.class, new Running(storage, server, client));
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    private static HttpApi api(StorageServer.Settings settings, HttpUseCases useCases) {
        return switch (settings) {
            case DEFAULTS -> new HttpApi(new HttpSettings(Tokens.SECRET, HttpSettings.DEFAULT_MAX_PAYLOAD_BYTES,
                    Clock.systemUTC()), useCases);
            case TEST_SERVER -> HttpApiTestServer.api(useCases);
        };
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Running running = context.getStore(NS).remove(Running.class, Running.class);
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Http.class || type == Http1Client.class || type == WebServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getStore(NS).get(Running.class, Running.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == WebServer.class) {
            return running.server();
        }
        return type == Http.class ? new Http(running.client()) : running.client();
    }
}
