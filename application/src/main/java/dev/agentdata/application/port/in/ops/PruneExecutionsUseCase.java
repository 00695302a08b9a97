package dev.agentdata.application.port.in.ops;

import java.time.Duration;

import dev.agentdata.application.port.out.PrunedCounts;

/** Deletes finished executions (and their node executions) that ended longer than {@code olderThan} ago. */
public interface PruneExecutionsUseCase {
    PrunedCounts prune(Duration olderThan, int batchSize);
}
