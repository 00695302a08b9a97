package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.PrunedCounts;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.graph.Graph;

/**
 * The behaviour every {@link ExecutionMaintenance} adapter must show. Adapters extend it, giving a fresh storage
 * in {@link #ports()} and, after it, the maintenance adapter over that same storage in {@link #maintenance()}.
 */
public abstract class ExecutionMaintenanceContractTest extends StorageContractSupport {
    private GraphRef graph;
    private ExecutionMaintenance maintenance;

    /** The user and graph version that seeded executions belong to. */
    private record GraphRef(UUID userId, UUID graphId, int version) {
    }

    /** The maintenance adapter over the storage {@link #ports()} returned last. */
    protected abstract ExecutionMaintenance maintenance();

    @BeforeEach
    void seedGraph() {
        maintenance = maintenance();
        UUID user = newUser().id();
        Graph g = newGraph(user, T0.minus(Duration.ofDays(1000)));
        graph = new GraphRef(user, g.id(), g.version());
    }

    private ExecutionRepository executions() {
        return storage.executions();
    }

    private Transactions transactions() {
        return storage.transactions();
    }

    @Test
    void givenOldRunningAndQueued_findStuck_returnsThemAndNothingElse() {
        UUID oldRunning = running(T0.minus(Duration.ofDays(2)), T0.minus(Duration.ofHours(7)));
        UUID freshRunning = running(T0.minus(Duration.ofDays(2)), T0.minus(Duration.ofHours(1)));
        UUID oldQueued = queued(T0.minus(Duration.ofHours(30)));
        UUID freshQueued = queued(T0.minus(Duration.ofHours(2)));
        UUID oldCompleted = ended(ExecutionStatus.COMPLETED, T0.minus(Duration.ofDays(9)));

        List<UUID> stuck = maintenance.findStuck(T0.minus(Duration.ofHours(6)), T0.minus(Duration.ofHours(24)),
                100);

        assertThat(stuck).containsExactlyInAnyOrder(oldRunning, oldQueued)
                .doesNotContain(freshRunning, freshQueued, oldCompleted);
    }

    @Test
    void givenMoreStuckThanLimit_findStuck_returnsOnlyLimit() {
        for (int i = 0; i < 5; i++) {
            queued(T0.minus(Duration.ofDays(3)).plusSeconds(i));
        }

        assertThat(maintenance.findStuck(T0, T0, 3)).hasSize(3);
    }

    @Test
    void givenNothingStuck_findStuck_isEmpty() {
        queued(T0);

        assertThat(maintenance.findStuck(T0.minusSeconds(1), T0.minusSeconds(1), 10)).isEmpty();
    }

    @Test
    void givenOldFinishedExecutions_prune_deletesThemWithTheirNodes() {
        UUID oldCompleted = ended(ExecutionStatus.COMPLETED, T0.minus(Duration.ofDays(20)));
        UUID oldFailed = ended(ExecutionStatus.FAILED, T0.minus(Duration.ofDays(15)));
        UUID recentCompleted = ended(ExecutionStatus.COMPLETED, T0.minus(Duration.ofDays(2)));
        addNodes(oldCompleted, 3);
        addNodes(oldFailed, 1);
        addNodes(recentCompleted, 2);

        PrunedCounts counts = maintenance.pruneFinishedBatch(T0.minus(Duration.ofDays(14)), 100);

        assertThat(counts).isEqualTo(new PrunedCounts(2, 4));
        assertThat(find(oldCompleted)).isFalse();
        assertThat(find(oldFailed)).isFalse();
        assertThat(find(recentCompleted)).isTrue();
        assertThat(transactions().inTransaction(() -> executions().listNodes(recentCompleted))).hasSize(2);
        assertThat(transactions().inTransaction(() -> executions().listNodes(oldCompleted))).isEmpty();
    }

    @Test
    void givenAncientRunningAndQueued_prune_neverDeletesThem() {
        UUID running = running(T0.minus(Duration.ofDays(400)), T0.minus(Duration.ofDays(399)));
        UUID queued = queued(T0.minus(Duration.ofDays(400)));
        addNodes(running, 2);

        PrunedCounts counts = maintenance.pruneFinishedBatch(T0, 100);

        assertThat(counts).isEqualTo(PrunedCounts.NONE);
        assertThat(find(running)).isTrue();
        assertThat(find(queued)).isTrue();
        assertThat(transactions().inTransaction(() -> executions().listNodes(running))).hasSize(2);
    }

    @Test
    void givenMoreThanBatch_prune_deletesOneBatchPerCall() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(ended(ExecutionStatus.CANCELLED, T0.minus(Duration.ofDays(30)).plusSeconds(i)));
        }

        PrunedCounts first = maintenance.pruneFinishedBatch(T0, 2);
        PrunedCounts second = maintenance.pruneFinishedBatch(T0, 2);
        PrunedCounts third = maintenance.pruneFinishedBatch(T0, 2);
        PrunedCounts fourth = maintenance.pruneFinishedBatch(T0, 2);

        assertThat(List.of(first.executions(), second.executions(), third.executions(), fourth.executions()))
                .containsExactly(2L, 2L, 1L, 0L);
        assertThat(ids).noneMatch(this::find);
    }

    private UUID queued(Instant createdAt) {
        GraphExecution e = GraphExecution.queued(UUID.randomUUID(), graph.graphId(), graph.version(),
                graph.userId(), Map.of("in", 1), createdAt);
        transactions().run(() -> executions().insert(e));
        return e.id();
    }

    private UUID running(Instant createdAt, Instant startedAt) {
        UUID id = queued(createdAt);
        transactions().run(() -> executions().transition(id, ExecutionStatus.RUNNING, startedAt, null, null)
                .orElseThrow());
        return id;
    }

    private UUID ended(ExecutionStatus terminal, Instant endedAt) {
        UUID id = running(endedAt.minus(Duration.ofMinutes(10)), endedAt.minus(Duration.ofMinutes(5)));
        transactions().run(() -> executions().transition(id, terminal, endedAt, null, null).orElseThrow());
        return id;
    }

    private void addNodes(UUID executionId, int count) {
        GraphExecution e = transactions().inTransaction(() -> executions().findById(executionId).orElseThrow());
        for (int i = 0; i < count; i++) {
            NodeExecution n = new NodeExecution(UUID.randomUUID(), executionId, "node-" + i, e.status(), Map.of(),
                    Map.of(), null, 0, e.createdAt(), e.startedAt(), e.endedAt());
            transactions().run(() -> executions().insertNode(n));
        }
    }

    private boolean find(UUID id) {
        return transactions().inTransaction(() -> executions().findById(id)).isPresent();
    }
}
