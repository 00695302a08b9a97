package dev.agentdata.adapter.memory.ops;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.PrunedCounts;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;

/**
 * {@link ExecutionMaintenance} over the memory execution repository; each call is one unit of work under the
 * database lock.
 */
public final class InMemoryExecutionMaintenance implements ExecutionMaintenance {
    private final InMemoryDatabase db;
    private final InMemoryExecutionRepository executions;

    public InMemoryExecutionMaintenance(InMemoryDatabase db, InMemoryExecutionRepository executions) {
        this.db = Objects.requireNonNull(db, "db");
        this.executions = Objects.requireNonNull(executions, "executions");
    }

    @Override
    public List<UUID> findStuck(Instant runningStartedBefore, Instant queuedCreatedBefore, int limit) {
        requirePositive(limit, "limit");
        return executions.matching(e -> e.status() == ExecutionStatus.RUNNING && e.startedAt() != null
                        && e.startedAt().isBefore(runningStartedBefore)
                        || e.status() == ExecutionStatus.QUEUED && e.createdAt().isBefore(queuedCreatedBefore))
                .stream()
                .sorted(Comparator.comparing(InMemoryExecutionMaintenance::since).thenComparing(e -> e.id().toString()))
                .limit(limit)
                .map(GraphExecution::id)
                .toList();
    }

    @Override
    public PrunedCounts pruneFinishedBatch(Instant endedBefore, int batchSize) {
        requirePositive(batchSize, "batchSize");
        return db.atomically(() -> {
            List<UUID> doomed = executions.matching(e -> e.status().isTerminal() && e.endedAt() != null
                            && e.endedAt().isBefore(endedBefore)).stream()
                    .sorted(Comparator.comparing(GraphExecution::endedAt))
                    .limit(batchSize)
                    .map(GraphExecution::id)
                    .toList();
            long nodeCount = 0;
            for (UUID id : doomed) {
                nodeCount += executions.delete(id);
            }
            return new PrunedCounts(doomed.size(), nodeCount);
        });
    }

    private static Instant since(GraphExecution e) {
        return e.status() == ExecutionStatus.RUNNING ? e.startedAt() : e.createdAt();
    }

    private static void requirePositive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + n);
        }
    }
}
