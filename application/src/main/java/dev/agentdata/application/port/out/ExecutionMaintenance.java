package dev.agentdata.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Operator housekeeping over graph executions: finding stuck ones and deleting old finished ones. */
public interface ExecutionMaintenance {
    /**
     * Ids of executions {@code running} with {@code started_at} before {@code runningStartedBefore} or
     * {@code queued} with {@code created_at} before {@code queuedCreatedBefore}, oldest first, at most {@code limit}.
     */
    List<UUID> findStuck(Instant runningStartedBefore, Instant queuedCreatedBefore, int limit);

    /**
     * Deletes at most {@code batchSize} terminal executions whose {@code ended_at} is before {@code endedBefore},
     * with their node executions, in one short unit of its own; queued and running executions are never deleted.
     */
    PrunedCounts pruneFinishedBatch(Instant endedBefore, int batchSize);
}
