package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.User;

/** What every {@link dev.agentdata.application.port.out.ExecutionRepository} must do. */
public abstract class ExecutionRepositoryContractTest extends StorageContractSupport {

    private Graph graph() {
        return newGraph(newUser().id(), T0);
    }

    @Test
    void insert_thenFindById_returnsIt() {
        GraphExecution e = newExecution(graph(), at(1));

        assertThat(storage.executions().findById(e.id())).contains(e);
        assertThat(storage.executions().findById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void transition_followsTheStatusTable() {
        Graph g = graph();
        for (ExecutionStatus from : ExecutionStatus.values()) {
            for (ExecutionStatus to : ExecutionStatus.values()) {
                GraphExecution e = newExecution(g, at(1), from);

                Optional<GraphExecution> result = storage.executions().transition(e.id(), to, at(2), null, null);

                assertThat(result.isPresent()).as(from + " -> " + to).isEqualTo(from.canMoveTo(to));
                ExecutionStatus expected = from.canMoveTo(to) ? to : from;
                assertThat(storage.executions().findById(e.id()).orElseThrow().status()).as(from + " -> " + to)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void transition_stampsStartedAndEnded_andReplacesOnlyGivenOutputsAndError() {
        GraphExecution e = newExecution(graph(), at(1));

        GraphExecution running = storage.executions()
                .transition(e.id(), ExecutionStatus.RUNNING, at(2), Map.of("partial", "yes"), null).orElseThrow();
        GraphExecution done = storage.executions()
                .transition(e.id(), ExecutionStatus.FAILED, at(3), null, "boom").orElseThrow();

        assertThat(running.startedAt()).isEqualTo(at(2));
        assertThat(running.endedAt()).isNull();
        assertThat(done.startedAt()).isEqualTo(at(2));
        assertThat(done.endedAt()).isEqualTo(at(3));
        assertThat(done.outputs()).isEqualTo(Map.of("partial", "yes"));
        assertThat(done.errorMessage()).isEqualTo("boom");
        assertThat(storage.executions().findById(e.id())).contains(done);
    }

    @Test
    void unknownExecution_transition_isEmpty() {
        assertThat(storage.executions().transition(UUID.randomUUID(), ExecutionStatus.RUNNING, T0, null, null)).isEmpty();
    }

    @Test
    void sixteenThreadsRacingTheSameTransition_exactlyOneWins() throws Exception {
        GraphExecution e = newExecution(graph(), at(1));

        List<Optional<GraphExecution>> results = race(16,
                () -> storage.executions().transition(e.id(), ExecutionStatus.RUNNING, at(2), null, null));

        assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(storage.executions().findById(e.id()).orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    @Test
    void sixteenThreadsRacingToDifferentEnds_exactlyOneWins() throws Exception {
        GraphExecution e = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        List<ExecutionStatus> ends = List.of(ExecutionStatus.COMPLETED, ExecutionStatus.FAILED,
                ExecutionStatus.CANCELLED, ExecutionStatus.TIMEOUT);
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();

        List<Optional<GraphExecution>> results = race(16, () -> storage.executions()
                .transition(e.id(), ends.get(n.getAndIncrement() % 4), at(2), null, null));

        List<GraphExecution> winners = results.stream().flatMap(Optional::stream).toList();
        assertThat(winners).hasSize(1);
        assertThat(storage.executions().findById(e.id())).contains(winners.getFirst());
    }

    @Test
    void lock_readsTheExecutionInsideAUnitOfWork() {
        GraphExecution e = newExecution(graph(), at(1));

        Optional<GraphExecution> exclusive = storage.transactions().inTransaction(() -> storage.executions().lock(e.id(), true));
        Optional<GraphExecution> shared = storage.transactions().inTransaction(() -> storage.executions().lock(e.id(), false));
        Optional<GraphExecution> missing = storage.transactions()
                .inTransaction(() -> storage.executions().lock(UUID.randomUUID(), true));

        assertThat(exclusive).contains(e);
        assertThat(shared).contains(e);
        assertThat(missing).isEmpty();
    }

    @Test
    void insertNode_thenFindAndListInCreationOrder() {
        GraphExecution e = newExecution(graph(), at(1));
        GraphExecution other = newExecution(graph(), at(1));
        NodeExecution a = newNode(e, "in", at(2));
        NodeExecution b = newNode(e, "out", at(3));
        NodeExecution c = newNode(e, "in", at(4));
        newNode(other, "in", at(5));

        assertThat(storage.executions().listNodes(e.id())).containsExactly(a, b, c);
        assertThat(storage.executions().findNode(e.id(), b.id())).contains(b);
        assertThat(storage.executions().findNode(other.id(), b.id())).isEmpty();
        assertThat(storage.executions().findNode(e.id(), UUID.randomUUID())).isEmpty();
        assertThat(storage.executions().listNodes(UUID.randomUUID())).isEmpty();
    }

    @Test
    void transitionNode_followsTheStatusTable_andStoresCost() {
        GraphExecution e = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        for (ExecutionStatus from : ExecutionStatus.values()) {
            for (ExecutionStatus to : ExecutionStatus.values()) {
                NodeExecution n = newNode(e, at(2), from);

                Optional<NodeExecution> result = storage.executions()
                        .transitionNode(e.id(), n.id(), to, at(3), null, null, null);

                assertThat(result.isPresent()).as(from + " -> " + to).isEqualTo(from.canMoveTo(to));
            }
        }
        NodeExecution n = newNode(e, at(4), ExecutionStatus.RUNNING);
        NodeExecution done = storage.executions().transitionNode(e.id(), n.id(), ExecutionStatus.COMPLETED, at(5),
                Map.of("result", "ok"), null, 42L).orElseThrow();
        assertThat(done.executionCost()).isEqualTo(42);
        assertThat(done.startedAt()).isEqualTo(at(4));
        assertThat(done.endedAt()).isEqualTo(at(5));
        assertThat(storage.executions().findNode(e.id(), n.id())).contains(done);
        assertThat(storage.executions().transitionNode(e.id(), UUID.randomUUID(), ExecutionStatus.RUNNING, at(5),
                null, null, null)).isEmpty();
    }

    @Test
    void sixteenThreadsRacingTheSameNodeTransition_exactlyOneWins() throws Exception {
        GraphExecution e = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        NodeExecution n = newNode(e, at(2), ExecutionStatus.RUNNING);

        List<Optional<NodeExecution>> results = race(16, () -> storage.executions()
                .transitionNode(e.id(), n.id(), ExecutionStatus.COMPLETED, at(3), null, null, 1L));

        assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(storage.executions().findNode(e.id(), n.id()).orElseThrow().status()).isEqualTo(ExecutionStatus.COMPLETED);
    }

    @Test
    void cascadeActiveNodes_endsOnlyQueuedAndRunningNodes() {
        GraphExecution e = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        NodeExecution queued = newNode(e, at(2), ExecutionStatus.QUEUED);
        NodeExecution running = newNode(e, at(2), ExecutionStatus.RUNNING);
        NodeExecution completed = newNode(e, at(2), ExecutionStatus.COMPLETED);
        NodeExecution failed = newNode(e, at(2), ExecutionStatus.FAILED);
        GraphExecution other = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        NodeExecution elsewhere = newNode(other, at(2), ExecutionStatus.RUNNING);
        assertThat(storage.executions().hasActiveNodes(e.id())).isTrue();

        int ended = storage.executions().cascadeActiveNodes(e.id(), ExecutionStatus.CANCELLED, at(9));

        assertThat(ended).isEqualTo(2);
        assertThat(storage.executions().findNode(e.id(), queued.id()).orElseThrow())
                .extracting(NodeExecution::status, NodeExecution::endedAt).containsExactly(ExecutionStatus.CANCELLED, at(9));
        assertThat(storage.executions().findNode(e.id(), running.id()).orElseThrow())
                .extracting(NodeExecution::status, NodeExecution::endedAt).containsExactly(ExecutionStatus.CANCELLED, at(9));
        assertThat(storage.executions().findNode(e.id(), completed.id())).contains(completed);
        assertThat(storage.executions().findNode(e.id(), failed.id())).contains(failed);
        assertThat(storage.executions().findNode(other.id(), elsewhere.id())).contains(elsewhere);
        assertThat(storage.executions().hasActiveNodes(e.id())).isFalse();
        assertThat(storage.executions().hasActiveNodes(other.id())).isTrue();
    }

    @Test
    void withoutNodes_hasActiveNodes_isFalse_andCascadeEndsNone() {
        GraphExecution e = newExecution(graph(), at(1));

        assertThat(storage.executions().hasActiveNodes(e.id())).isFalse();
        assertThat(storage.executions().cascadeActiveNodes(e.id(), ExecutionStatus.FAILED, at(2))).isZero();
    }

    @Test
    void list_isNewestFirst_completeOverPages_underEveryFilter() {
        User owner = newUser();
        Graph g1 = newGraph(owner.id(), T0);
        Graph g2 = newGraph(owner.id(), T0);
        List<GraphExecution> mine = new ArrayList<>();
        ExecutionStatus[] statuses = {ExecutionStatus.QUEUED, ExecutionStatus.RUNNING, ExecutionStatus.COMPLETED};
        for (int i = 0; i < 23; i++) {
            Graph g = i % 3 == 0 ? g2 : g1;
            mine.add(newExecution(g, at(i / 3), statuses[i % 2 == 0 ? 1 : (i / 2) % 3]));
        }
        Graph strangers = newGraph(newUser().id(), T0);
        newExecution(strangers, at(5), ExecutionStatus.RUNNING);

        assertListed(owner.id(), Optional.empty(), Optional.empty(), mine, x -> true);
        assertListed(owner.id(), Optional.of(ExecutionStatus.RUNNING), Optional.empty(), mine,
                x -> x.status() == ExecutionStatus.RUNNING);
        assertListed(owner.id(), Optional.empty(), Optional.of(g1.id()), mine, x -> x.graphId().equals(g1.id()));
        assertListed(owner.id(), Optional.of(ExecutionStatus.RUNNING), Optional.of(g2.id()), mine,
                x -> x.status() == ExecutionStatus.RUNNING && x.graphId().equals(g2.id()));
        assertListed(owner.id(), Optional.of(ExecutionStatus.FAILED), Optional.empty(), mine, x -> false);
    }

    private void assertListed(UUID userId, Optional<ExecutionStatus> status, Optional<UUID> graphId,
                              List<GraphExecution> all, Predicate<GraphExecution> matches) {
        ExecutionFilter filter = new ExecutionFilter(userId, status, graphId);
        List<UUID> expected = all.stream().filter(matches)
                .sorted(Comparator.comparing(GraphExecution::createdAt, Comparator.<Instant>reverseOrder())
                        .thenComparing(x -> x.id().toString(), Comparator.reverseOrder()))
                .map(GraphExecution::id).toList();
        List<UUID> seen = new ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        int pages = 0;
        do {
            Page<GraphExecution> page = storage.executions().list(filter, new PageRequest(4, after, false));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
            page.items().forEach(x -> seen.add(x.id()));
            after = page.next();
            pages++;
        } while (after.isPresent() && pages < 50);

        assertThat(seen).as(status + " " + graphId).containsExactlyElementsOf(expected);
        assertThat(storage.executions().count(filter)).as(status + " " + graphId).isEqualTo(expected.size());
    }
}
