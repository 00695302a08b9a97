package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Fixtures;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.execution.TransitionGuard;
import dev.agentdata.domain.execution.TransitionOutcome;
import dev.agentdata.domain.graph.Graph;

/** Postgres-specific execution behaviour: atomic transitions under races, row locks, cascade, keyset pages. */
class ExecutionRepositoryBehaviourTest {
    private static PostgresStorage storage;
    private static ExecutionRepository executions;
    private static Graph graph;
    private static UUID owner;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
        executions = storage.executions();
        owner = Fixtures.newUser(storage);
        graph = Fixtures.graph(UUID.randomUUID(), 1, owner, 3, at(0));
        storage.graphs().insertVersion(graph);
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    private static GraphExecution queued() {
        GraphExecution e = Fixtures.execution(graph, owner, at(1));
        executions.create(e);
        return e;
    }

    private static TransitionOutcome<GraphExecution> move(GraphExecution e, ExecutionStatus to, int at) {
        return executions.transition(owner, e.id(), GraphTransition.to(to, at(at), null, null));
    }

    private static NodeExecution node(GraphExecution e, String nodeId, Map<String, Object> inputs, int at) {
        NodeExecution n = NodeExecution.queued(UUID.randomUUID(), e.id(), nodeId, inputs, at(at));
        return executions.addNode(owner, new NodeCreation(n)).orElseThrow().value();
    }

    private static TransitionOutcome<NodeExecution> moveNode(GraphExecution e, NodeExecution n, NodeTransition plan) {
        return executions.transitionNode(owner, e.id(), n.id(), plan);
    }

    @Test
    void givenCreated_find_returnsItUnchanged() {
        GraphExecution e = queued();
        assertThat(executions.find(owner, e.id())).contains(e);
        assertThat(executions.find(owner, UUID.randomUUID())).isEmpty();
    }

    @Test
    void givenQueued_transitionToRunningThenCompleted_stampsStartAndEnd() {
        GraphExecution e = queued();
        GraphExecution running = move(e, ExecutionStatus.RUNNING, 2).orElseThrow().value();
        assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(running.startedAt()).isEqualTo(at(2));
        assertThat(running.endedAt()).isNull();
        GraphExecution done = executions.transition(owner, e.id(),
                GraphTransition.to(ExecutionStatus.COMPLETED, at(3), Map.of("out", "v"), null)).orElseThrow().value();
        assertThat(done).isEqualTo(running.transitionTo(ExecutionStatus.COMPLETED, at(3), Map.of("out", "v"), null));
    }

    @Test
    void givenTerminal_transition_isRefusedWithTheCurrentStatusAndChangesNothing() {
        GraphExecution e = queued();
        move(e, ExecutionStatus.CANCELLED, 2).orElseThrow();
        assertThat(move(e, ExecutionStatus.RUNNING, 3))
                .isEqualTo(new TransitionOutcome.Refused<>(ExecutionStatus.CANCELLED, ExecutionStatus.RUNNING));
        assertThat(move(e, ExecutionStatus.QUEUED, 3))
                .isEqualTo(new TransitionOutcome.Refused<>(ExecutionStatus.CANCELLED, ExecutionStatus.QUEUED));
        assertThat(executions.find(owner, e.id()).orElseThrow().status()).isEqualTo(ExecutionStatus.CANCELLED);
        assertThat(executions.transition(owner, UUID.randomUUID(),
                GraphTransition.to(ExecutionStatus.RUNNING, at(3), null, null))).isInstanceOf(TransitionOutcome.NotFound.class);
    }

    @Test
    void given16ThreadsRacingTheSameTransitionInUnitsOfWork_exactlyOneWins() throws Exception {
        for (ExecutionStatus target : List.of(ExecutionStatus.RUNNING, ExecutionStatus.CANCELLED)) {
            GraphExecution e = queued();
            CountDownLatch go = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return storage.transactions().inTransaction(
                                () -> move(e, target, 5) instanceof TransitionOutcome.Applied);
                    }));
                }
                go.countDown();
                int wins = 0;
                for (Future<Boolean> f : results) {
                    wins += f.get() ? 1 : 0;
                }
                assertThat(wins).isEqualTo(1);
            }
            assertThat(executions.find(owner, e.id()).orElseThrow().status()).isEqualTo(target);
        }
    }

    @Test
    void givenActiveNodes_failureInAUnitOfWork_endsOnlyTheActiveOnes() {
        GraphExecution e = queued();
        NodeExecution a = node(e, "n0", Map.of("a", 1), 2);
        NodeExecution b = node(e, "n1", Map.of(), 3);
        NodeExecution c = node(e, "n2", Map.of(), 4);
        assertThat(executions.listNodes(owner, e.id(), Optional.empty(), PageRequest.first(10)).orElseThrow().items())
                .containsExactly(a, b, c);
        moveNode(e, b, new NodeTransition(ExecutionStatus.RUNNING, at(5), null, null, null)).orElseThrow();
        moveNode(e, a, new NodeTransition(ExecutionStatus.RUNNING, at(5), null, null, null)).orElseThrow();
        NodeExecution done = moveNode(e, a, new NodeTransition(ExecutionStatus.COMPLETED, at(6), Map.of("o", 2), null, 7L))
                .orElseThrow().value();
        assertThat(done.executionCost()).isEqualTo(7);
        assertThat(done.outputs()).isEqualTo(Map.of("o", 2));
        assertThat(executions.find(owner, e.id()).orElseThrow().stats().active()).isEqualTo(2);
        int ended = storage.transactions().inTransaction(() -> executions.transition(owner, e.id(),
                GraphTransition.to(ExecutionStatus.FAILED, at(7), null, "stop")).orElseThrow().cascaded());
        assertThat(ended).isEqualTo(2);
        assertThat(executions.find(owner, e.id()).orElseThrow().stats().active()).isZero();
        assertThat(executions.findNode(owner, e.id(), b.id()).orElseThrow()).satisfies(n -> {
            assertThat(n.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(n.endedAt()).isEqualTo(at(7));
            assertThat(n.startedAt()).isEqualTo(at(5));
        });
        assertThat(executions.findNode(owner, e.id(), a.id()).orElseThrow().status()).isEqualTo(ExecutionStatus.COMPLETED);
        assertThat(executions.findNode(owner, UUID.randomUUID(), a.id())).isEmpty();
    }

    @Test
    void givenANodeAddedInAnOpenUnitOfWork_completion_waitsForItsCommit_thenIsBlocked() throws Exception {
        GraphExecution e = queued();
        move(e, ExecutionStatus.RUNNING, 2).orElseThrow();
        CountDownLatch added = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<?> holder = pool.submit(() -> storage.transactions().run(() -> {
                node(e, "n0", Map.of(), 3);
                added.countDown();
                await(release);
            }));
            added.await();
            long start = System.nanoTime();
            Future<TransitionOutcome<GraphExecution>> waiter = pool.submit(() -> move(e, ExecutionStatus.COMPLETED, 4));
            Thread.sleep(200);
            assertThat(waiter.isDone()).isFalse();
            release.countDown();
            holder.get();
            assertThat(waiter.get())
                    .isEqualTo(new TransitionOutcome.Blocked<>(ExecutionStatus.RUNNING, TransitionGuard.NO_ACTIVE_NODES));
            assertThat(System.nanoTime() - start).isGreaterThan(200_000_000L);
        }
    }

    @Test
    void givenManyExecutions_list_pagesByKeysetWithoutGapsOrDuplicates() {
        UUID user = Fixtures.newUser(storage);
        List<GraphExecution> made = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            GraphExecution e = Fixtures.execution(graph, user, at(100 + i / 3));
            executions.create(e);
            made.add(e);
            if (i % 5 == 0) {
                executions.transition(user, e.id(), GraphTransition.to(ExecutionStatus.RUNNING, at(200), null, null));
            }
        }
        ExecutionFilter filter = new ExecutionFilter(user, Optional.empty(), Optional.empty());
        List<GraphExecution> seen = new ArrayList<>();
        Optional<Cursor> cursor = Optional.empty();
        int pages = 0;
        do {
            Page<GraphExecution> p = executions.list(filter, new PageRequest(10, cursor, false));
            seen.addAll(p.items());
            cursor = p.next();
            pages++;
        } while (cursor.isPresent());
        assertThat(pages).isEqualTo(3);
        assertThat(seen).extracting(GraphExecution::id)
                .containsExactlyElementsOf(made.stream()
                        .sorted((a, b) -> a.createdAt().equals(b.createdAt())
                                ? b.id().toString().compareTo(a.id().toString())
                                : b.createdAt().compareTo(a.createdAt()))
                        .map(GraphExecution::id).toList());
        ExecutionFilter running = new ExecutionFilter(user, Optional.of(ExecutionStatus.RUNNING), Optional.of(graph.id()));
        assertThat(executions.list(running, new PageRequest(100, Optional.empty(), false)).items()).hasSize(5);
        assertThat(executions.count(running)).isEqualTo(5);
        assertThat(executions.count(filter)).isEqualTo(25);
        assertThat(executions.count(new ExecutionFilter(user, Optional.empty(), Optional.of(UUID.randomUUID())))).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
