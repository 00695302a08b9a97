package dev.agentdata.bootstrap;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.function.BooleanSupplier;

import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.health.checks.HealthChecks;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.health.HealthObserverConfig;
import io.helidon.webserver.observe.metrics.MetricsObserver;

import dev.agentdata.adapter.http.problem.TransportProblems;
import dev.agentdata.bootstrap.docs.ApiDocsPage;

/**
 * Starts the Helidon web server: the HTTP adapter's routes, health and metrics under {@code /observe}, the
 * OpenAPI document ({@code META-INF/openapi.yaml}) at {@code /openapi} and the page showing it at {@code /docs}.
 */
public final class AgentdataServer {
    private AgentdataServer() {
    }

    /** As {@link #start(ServerSettings, ServerLimits, HttpParts, BooleanSupplier)} with the default limits. */
    public static WebServer start(ServerSettings settings, HttpParts http, BooleanSupplier database) {
        return start(settings, ServerLimits.DEFAULTS, http, database);
    }

    /**
     * Builds and starts the server.
     *
     * @param database readiness of the database, or {@code null} when there is none to check (memory storage)
     */
    public static WebServer start(ServerSettings settings, ServerLimits limits, HttpParts http,
                                  BooleanSupplier database) {
        // Helidon's built-in checks by hand, its heap check replaced by one whose figures agree
        HealthObserverConfig.Builder health = HealthObserver.builder().details(true).useSystemServices(false)
                .addCheck(HealthChecks.diskSpaceCheck())
                .addCheck(HeapHealthCheck.ofRuntime())
                .addCheck(HealthChecks.deadlockCheck());
        if (database != null) {
            health.addCheck(() -> databaseResponse(database), HealthCheckType.READINESS, "database");
        }
        WebServerConfig.Builder server = WebServer.builder()
                .host(settings.host())
                .port(settings.port())
                .maxPayloadSize(settings.maxPayloadBytes())
                .featuresDiscoverServices(false)
                .addFeature(ObserveFeature.just(health.build(), MetricsObserver.create()))
                .addFeature(WarmOpenApi.start().feature())
                .routing(routing -> {
                    http.routes().accept(routing);
                    ApiDocsPage.register(routing);
                    FeatureEndpoints.register(routing);
                });
        limits.applyTo(server);
        http.mediaContext().ifPresent(server::mediaContext);
        // the adapter's direct handlers tell 431 from 400 by Helidon's message, which this error handling passes on
        http.directHandlers().ifPresent(handlers -> server.directHandlers(handlers)
                .errorHandling(TransportProblems.ERROR_HANDLING));
        requireAddress(settings.host(), settings.port());
        WebServer started = server.build().start();
        if (!started.isRunning() || started.port() < 0) {
            // taken between the check and Helidon's bind: Helidon logged it and gave up without throwing
            started.stop();
            requireAddress(settings.host(), settings.port());
            throw new StartupException("cannot listen on " + settings.host() + ":" + settings.port()
                    + "; set SERVER_HOST or SERVER_PORT", Main.PORT_UNAVAILABLE, null);
        }
        return started;
    }

    /**
     * Binds {@code host:port} once, as Helidon will (address reuse on), so a port in use is one line and exit code
     * {@link Main#PORT_UNAVAILABLE} instead of Helidon's logged BindException and a server that never listens.
     */
    static void requireAddress(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            boolean inUse = e instanceof BindException && String.valueOf(e.getMessage()).contains("in use");
            throw new StartupException(inUse ? "port " + port + " is in use; set SERVER_PORT"
                    : "cannot listen on " + host + ":" + port + ": " + e.getMessage()
                            + "; set SERVER_HOST or SERVER_PORT", Main.PORT_UNAVAILABLE, e);
        }
    }

    private static HealthCheckResponse databaseResponse(BooleanSupplier database) {
        boolean up;
        try {
            up = database.getAsBoolean();
        } catch (RuntimeException e) {
            up = false;
        }
        return HealthCheckResponse.builder().status(up).build();
    }
}
