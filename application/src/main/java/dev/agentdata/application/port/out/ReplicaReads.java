package dev.agentdata.application.port.out;

import java.util.Collection;
import java.util.UUID;

/**
 * Read/write splitting as the storage does it, decided once per request by the HTTP layer: reads of the caller's own
 * data may run on a replica that has replayed every write of that caller, and each 2xx write tells the storage whose
 * data it changed, before its answer leaves. Neither ever fails a request: when in doubt the primary answers.
 */
public interface ReplicaReads {
    /** Runs {@code reads} (of {@code userId}'s own data only) on a replica far enough along, else the primary. */
    void ofOwnData(UUID userId, Runnable reads);

    /** Remembers that the data of {@code userIds} changed, once the write committed and before it is answered. */
    void changed(Collection<UUID> userIds);

    /** No replica: every read on the primary, nothing to remember. */
    ReplicaReads PRIMARY_ONLY = new ReplicaReads() {
        @Override
        public void ofOwnData(UUID userId, Runnable reads) {
            reads.run();
        }

        @Override
        public void changed(Collection<UUID> userIds) {
        }
    };
}
