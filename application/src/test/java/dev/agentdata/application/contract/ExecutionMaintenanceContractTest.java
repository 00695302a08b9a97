package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.PrunedCounts;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
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
        UUID oldCompleted = ended(ExecutionStatus.COMPLETED, T0.minus(Duration.ofDays(9)), 0);

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
        UUID oldCompleted = ended(ExecutionStatus.COMPLETED, T0.minus(Duration.ofDays(20)), 3);
        UUID oldFailed = ended(ExecutionStatus.FAILED, T0.minus(Duration.ofDays(15)), 1);
        UUID recentCompleted = ended(ExecutionStatus.COMPLETED, T0.minus(Duration.ofDays(2)), 2);

        PrunedCounts counts = maintenance.pruneFinishedBatch(T0.minus(Duration.ofDays(14)), 100);

        assertThat(counts).isEqualTo(new PrunedCounts(2, 4));
        assertThat(find(oldCompleted)).isFalse();
        assertThat(find(oldFailed)).isFalse();
        assertThat(find(recentCompleted)).isTrue();
        assertThat(transactions().inTransaction(() -> nodesOf(recentCompleted))).hasValueSatisfying(n -> assertThat(n).hasSize(2));
        assertThat(transactions().inTransaction(() -> nodesOf(oldCompleted))).isEmpty();
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
        assertThat(transactions().inTransaction(() -> nodesOf(running))).hasValueSatisfying(n -> assertThat(n).hasSize(2));
    }

    @Test
    void givenMoreThanBatch_prune_deletesOneBatchPerCall() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(ended(ExecutionStatus.CANCELLED, T0.minus(Duration.ofDays(30)).plusSeconds(i), 0));
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
        transactions().run(() -> executions().create(e));
        return e.id();
    }

    private UUID running(Instant createdAt, Instant startedAt) {
        UUID id = queued(createdAt);
        move(id, ExecutionStatus.RUNNING, startedAt);
        return id;
    }

    /** An execution ended at {@code endedAt} with {@code nodes} node executions that ended before it or with it. */
    private UUID ended(ExecutionStatus terminal, Instant endedAt, int nodes) {
        UUID id = running(endedAt.minus(Duration.ofMinutes(10)), endedAt.minus(Duration.ofMinutes(5)));
        addNodes(id, nodes);
        if (terminal == ExecutionStatus.COMPLETED) {
            for (NodeExecution n : nodesOf(id).orElseThrow()) {
                for (ExecutionStatus step : List.of(ExecutionStatus.RUNNING, ExecutionStatus.COMPLETED)) {
                    transactions().run(() -> executions().transitionNode(graph.userId(), id, n.id(),
                            new NodeTransition(step, endedAt, null, null, null)).orElseThrow());
                }
            }
        }
        move(id, terminal, endedAt);
        return id;
    }

    private void move(UUID id, ExecutionStatus to, Instant at) {
        transactions().run(() -> executions().transition(graph.userId(), id, GraphTransition.to(to, at, null, null))
                .orElseThrow());
    }

    private void addNodes(UUID executionId, int count) {
        GraphExecution e = transactions().inTransaction(() -> executions().find(graph.userId(), executionId))
                .orElseThrow();
        for (int i = 0; i < count; i++) {
            NodeExecution n = NodeExecution.queued(UUID.randomUUID(), executionId, i % 2 == 0 ? "in" : "out", Map.of(),
                    e.createdAt());
            transactions().run(() -> executions().addNode(graph.userId(), new NodeCreation(n)).orElseThrow());
        }
    }

    private Optional<List<NodeExecution>> nodesOf(UUID id) {
        return executions().listNodes(graph.userId(), id, Optional.empty(), PageRequest.first(100))
                .map(Page::items);
    }

    private boolean find(UUID id) {
        return transactions().inTransaction(() -> executions().find(graph.userId(), id)).isPresent();
    }
}
