package dev.agentdata.bootstrap;

import java.time.Clock;

import io.helidon.config.Config;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.service.registry.Services;
import io.helidon.webserver.WebServer;

import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.bootstrap.ops.OpsJobs;
import dev.agentdata.bootstrap.ops.OpsScheduler;
import dev.agentdata.bootstrap.ops.OpsSettings;

/** A started server with the wiring and the operations jobs behind it; closing stops the server, the jobs, the storage. */
public final class RunningServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RunningServer.class.getName());

    private final Wiring wiring;
    private final OpsScheduler ops;
    private final WebServer server;

    private RunningServer(Wiring wiring, OpsScheduler ops, WebServer server) {
        this.wiring = wiring;
        this.ops = ops;
        this.server = server;
    }

    /** As {@link #start(Config, AppConfig)} with the operations jobs on their defaults. */
    public static RunningServer start(AppConfig config) {
        return start(Config.empty(), config);
    }

    /**
     * Wires everything for {@code config}, starts the operations jobs (read from {@code raw}: sweeper, pruning; the
     * storage adds its own, e.g. backups) and starts listening; logs one line saying where and on what.
     */
    public static RunningServer start(Config raw, AppConfig config) {
        config.auth().requireSecret();
        OpsSettings opsSettings = OpsSettings.from(raw);
        MeterRegistry registry = Services.get(MeterRegistry.class);
        Wiring wiring = Wiring.create(config, new MeteredExecutionEvents(registry));
        OpsScheduler ops = null;
        try {
            wiring.registerMeters(registry);
            OpenedStorage storage = wiring.storage();
            ops = OpsJobs.start(opsSettings, storage, registry, Clock.systemUTC(), wiring.executionEvents());
            WebServer server = AgentdataServer.start(config.server(), config.limits(), wiring.httpParts(),
                    wiring.databaseReadiness());
            LOG.log(System.Logger.Level.INFO, "agentdata listening on http://{0}:{1,number,#}, storage: {2}",
                    config.server().host(), server.port(), storage.description());
            return new RunningServer(wiring, ops, server);
        } catch (RuntimeException e) {
            if (ops != null) {
                ops.close();
            }
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
            try {
                ops.close();
            } finally {
                wiring.close();
            }
        }
    }
}
