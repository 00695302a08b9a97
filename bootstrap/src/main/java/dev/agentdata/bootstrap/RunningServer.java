package dev.agentdata.bootstrap;

import io.helidon.metrics.api.MeterRegistry;
import io.helidon.service.registry.Services;
import io.helidon.webserver.WebServer;

/** A started server with the wiring behind it; closing stops the server, then the storage. */
public final class RunningServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RunningServer.class.getName());

    private final Wiring wiring;
    private final WebServer server;

    private RunningServer(Wiring wiring, WebServer server) {
        this.wiring = wiring;
        this.server = server;
    }

    /** Wires everything for {@code config} and starts listening; logs one line saying where and on what. */
    public static RunningServer start(AppConfig config) {
        config.auth().requireSecret();
        Wiring wiring = Wiring.create(config);
        try {
            wiring.registerMeters(Services.get(MeterRegistry.class));
            WebServer server = AgentdataServer.start(config.server(), wiring.httpParts(), wiring.databaseReadiness());
            LOG.log(System.Logger.Level.INFO, "agentdata listening on http://{0}:{1,number,#}, storage: {2}",
                    config.server().host(), server.port(), config.storage().describe());
            return new RunningServer(wiring, server);
        } catch (RuntimeException e) {
            wiring.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public Wiring wiring() {
        return wiring;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            wiring.close();
        }
    }
}
