package dev.agentdata.bootstrap.ops;

import java.time.Clock;

import io.helidon.metrics.api.MeterRegistry;

import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.StoragePorts;
import dev.agentdata.application.service.ops.PruneExecutionsService;
import dev.agentdata.application.service.ops.TimeoutStuckExecutionsService;

/** The one call {@code serve} makes to run the operations jobs over its storage (see {@link OpsScheduler}). */
public final class OpsJobs {
    private OpsJobs() {
    }

    /**
     * Starts the sweeper and pruning over the storage's ports, plus the storage's own jobs, each run once per interval
     * across the servers sharing the storage. {@code registry} may be null (no meters). Close the result on shutdown.
     */
    public static OpsScheduler start(OpsSettings settings, OpenedStorage storage, MeterRegistry registry, Clock clock,
                                     ExecutionEvents events) {
        StoragePorts ports = storage.ports();
        OpsMeters meters = registry == null ? OpsMeters.NONE : OpsMeters.helidon(registry);
        return OpsScheduler.start(settings,
                new TimeoutStuckExecutionsService(ports.executionMaintenance(), ports.executions(), clock, events),
                new PruneExecutionsService(ports.executionMaintenance(), clock), storage.jobs(), ports.jobLeases(),
                meters);
    }
}
