package dev.agentdata.adapter.memory.ops;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.MemoryTables;
import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.PrunedCounts;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/**
 * {@link ExecutionMaintenance} over the in-memory tables; each call is one unit of work under the database lock.
 * Pruned executions leave their per-user list keys behind, which the execution list already skips.
 */
public final class InMemoryExecutionMaintenance implements ExecutionMaintenance {
    private final InMemoryDatabase db;
    private final Map<UUID, GraphExecution> executions;
    private final Map<UUID, Map<UUID, NodeExecution>> nodes;

    public InMemoryExecutionMaintenance(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
        this.executions = db.table(MemoryTables.EXECUTIONS);
        this.nodes = db.table(MemoryTables.NODE_EXECUTIONS);
    }

    @Override
    public List<UUID> findStuck(Instant runningStartedBefore, Instant queuedCreatedBefore, int limit) {
        requirePositive(limit, "limit");
        return db.atomically(() -> executions.values().stream()
                .filter(e -> e.status() == ExecutionStatus.RUNNING && e.startedAt() != null
                        && e.startedAt().isBefore(runningStartedBefore)
                        || e.status() == ExecutionStatus.QUEUED && e.createdAt().isBefore(queuedCreatedBefore))
                .sorted(Comparator.comparing(InMemoryExecutionMaintenance::since).thenComparing(e -> e.id().toString()))
                .limit(limit)
                .map(GraphExecution::id)
                .toList());
    }

    @Override
    public PrunedCounts pruneFinishedBatch(Instant endedBefore, int batchSize) {
        requirePositive(batchSize, "batchSize");
        return db.atomically(() -> {
            List<UUID> doomed = executions.values().stream()
                    .filter(e -> e.status().isTerminal() && e.endedAt() != null && e.endedAt().isBefore(endedBefore))
                    .sorted(Comparator.comparing(GraphExecution::endedAt))
                    .limit(batchSize)
                    .map(GraphExecution::id)
                    .toList();
            long nodeCount = 0;
            for (UUID id : doomed) {
                Map<UUID, NodeExecution> ofRun = db.remove(nodes, id);
                nodeCount += ofRun == null ? 0 : ofRun.size();
                db.remove(executions, id);
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
