package dev.agentdata.application.port.out.storage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import dev.agentdata.application.port.out.ReplicaReads;

/**
 * A storage as its provider opened it: the ports, the readiness check (none when it is always ready), its meters,
 * the maintenance jobs it needs beyond the generic ones, its read/write splitting (none: the primary answers every
 * read), one line naming it for the start-up log (never a password), and how to release it. Start from {@link #of}
 * and add the optional parts with the withers.
 */
public record OpenedStorage(StoragePorts ports, Optional<BooleanSupplier> readiness, List<StorageMeter> meters,
                            List<MaintenanceJob> jobs, ReplicaReads replicaReads, String description,
                            AutoCloseable closer)
        implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OpenedStorage.class.getName());

    public OpenedStorage {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(readiness, "readiness");
        meters = List.copyOf(meters);
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(replicaReads, "replicaReads");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(closer, "closer");
    }

    /** A storage that is always ready, with no meters or jobs of its own. */
    public static OpenedStorage of(StoragePorts ports, String description, AutoCloseable closer) {
        return new OpenedStorage(ports, Optional.empty(), List.of(), List.of(), ReplicaReads.PRIMARY_ONLY, description,
                closer);
    }

    public OpenedStorage withReadiness(BooleanSupplier check) {
        return new OpenedStorage(ports, Optional.of(check), meters, jobs, replicaReads, description, closer);
    }

    public OpenedStorage withMeters(List<StorageMeter> newMeters) {
        return new OpenedStorage(ports, readiness, newMeters, jobs, replicaReads, description, closer);
    }

    public OpenedStorage withJobs(List<MaintenanceJob> newJobs) {
        return new OpenedStorage(ports, readiness, meters, newJobs, replicaReads, description, closer);
    }

    public OpenedStorage withReplicaReads(ReplicaReads newReplicaReads) {
        return new OpenedStorage(ports, readiness, meters, jobs, newReplicaReads, description, closer);
    }

    /** Releases the storage; a failure is logged, since there is nothing left to do about it. */
    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "closing the storage failed", e);
        }
    }
}
