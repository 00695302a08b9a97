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
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.graph.Graph;

/** Postgres-specific execution behaviour: atomic transitions under races, locks, cascade, keyset pages. */
class ExecutionRepositoryBehaviourTest {
    private static PostgresStorage storage;
    private static ExecutionRepository executions;
    private static Graph graph;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
        executions = storage.executions();
        graph = Fixtures.graph(UUID.randomUUID(), 1, Fixtures.newUser(storage), 3, at(0));
        storage.graphs().insertVersion(graph);
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    private static GraphExecution queued() {
        GraphExecution e = Fixtures.execution(graph, graph.userId(), at(1));
        executions.insert(e);
        return e;
    }

    @Test
    void givenInserted_findById_returnsItUnchanged() {
        GraphExecution e = queued();
        assertThat(executions.findById(e.id())).contains(e);
        assertThat(executions.findById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void givenQueued_transitionToRunningThenCompleted_stampsStartAndEnd() {
        GraphExecution e = queued();
        GraphExecution running = executions.transition(e.id(), ExecutionStatus.RUNNING, at(2), null, null).orElseThrow();
        assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(running.startedAt()).isEqualTo(at(2));
        assertThat(running.endedAt()).isNull();
        GraphExecution done = executions.transition(e.id(), ExecutionStatus.COMPLETED, at(3), Map.of("out", "v"), null)
                .orElseThrow();
        assertThat(done).isEqualTo(running.transitionTo(ExecutionStatus.COMPLETED, at(3), Map.of("out", "v"), null));
    }

    @Test
    void givenTerminal_transition_isEmptyAndChangesNothing() {
        GraphExecution e = queued();
        executions.transition(e.id(), ExecutionStatus.CANCELLED, at(2), null, null).orElseThrow();
        assertThat(executions.transition(e.id(), ExecutionStatus.RUNNING, at(3), null, null)).isEmpty();
        assertThat(executions.transition(e.id(), ExecutionStatus.QUEUED, at(3), null, null)).isEmpty();
        assertThat(executions.findById(e.id()).orElseThrow().status()).isEqualTo(ExecutionStatus.CANCELLED);
        assertThat(executions.transition(UUID.randomUUID(), ExecutionStatus.RUNNING, at(3), null, null)).isEmpty();
    }

    @Test
    void given16ThreadsRacingTheSameTransition_transition_exactlyOneWins() throws Exception {
        for (ExecutionStatus target : List.of(ExecutionStatus.RUNNING, ExecutionStatus.CANCELLED)) {
            GraphExecution e = queued();
            CountDownLatch go = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return storage.transactions().inTransaction(
                                () -> executions.transition(e.id(), target, at(5), null, null).isPresent());
                    }));
                }
                go.countDown();
                int wins = 0;
                for (Future<Boolean> f : results) {
                    wins += f.get() ? 1 : 0;
                }
                assertThat(wins).isEqualTo(1);
            }
            assertThat(executions.findById(e.id()).orElseThrow().status()).isEqualTo(target);
        }
    }

    @Test
    void givenActiveNodes_cascade_endsOnlyTheActiveOnes() {
        GraphExecution e = queued();
        NodeExecution a = NodeExecution.queued(UUID.randomUUID(), e.id(), "n0", Map.of("a", 1), at(2));
        NodeExecution b = NodeExecution.queued(UUID.randomUUID(), e.id(), "n1", Map.of(), at(3));
        NodeExecution c = NodeExecution.queued(UUID.randomUUID(), e.id(), "n2", Map.of(), at(4));
        executions.insertNode(a);
        executions.insertNode(b);
        executions.insertNode(c);
        assertThat(executions.listNodes(e.id())).containsExactly(a, b, c);
        executions.transitionNode(e.id(), b.id(), ExecutionStatus.RUNNING, at(5), null, null, null).orElseThrow();
        NodeExecution done = executions.transitionNode(e.id(), a.id(), ExecutionStatus.RUNNING, at(5), null, null, null)
                .flatMap(x -> executions.transitionNode(e.id(), a.id(), ExecutionStatus.COMPLETED, at(6), Map.of("o", 2), null, 7L))
                .orElseThrow();
        assertThat(done.executionCost()).isEqualTo(7);
        assertThat(done.outputs()).isEqualTo(Map.of("o", 2));
        assertThat(executions.hasActiveNodes(e.id())).isTrue();
        int ended = storage.transactions().inTransaction(() -> {
            executions.transition(e.id(), ExecutionStatus.FAILED, at(7), null, "stop").orElseThrow();
            return executions.cascadeActiveNodes(e.id(), ExecutionStatus.FAILED, at(7));
        });
        assertThat(ended).isEqualTo(2);
        assertThat(executions.hasActiveNodes(e.id())).isFalse();
        assertThat(executions.findNode(e.id(), b.id()).orElseThrow()).satisfies(n -> {
            assertThat(n.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(n.endedAt()).isEqualTo(at(7));
            assertThat(n.startedAt()).isEqualTo(at(5));
        });
        assertThat(executions.findNode(e.id(), a.id()).orElseThrow().status()).isEqualTo(ExecutionStatus.COMPLETED);
        assertThat(executions.findNode(UUID.randomUUID(), a.id())).isEmpty();
    }

    @Test
    void givenLockedExclusively_lock_blocksASecondLockerUntilCommit() throws Exception {
        GraphExecution e = queued();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<?> holder = pool.submit(() -> storage.transactions().run(() -> {
                executions.lock(e.id(), true).orElseThrow();
                locked.countDown();
                await(release);
            }));
            locked.await();
            long start = System.nanoTime();
            Future<Optional<GraphExecution>> waiter = pool.submit(() ->
                    storage.transactions().inTransaction(() -> executions.lock(e.id(), false)));
            Thread.sleep(200);
            assertThat(waiter.isDone()).isFalse();
            release.countDown();
            holder.get();
            assertThat(waiter.get()).isPresent();
            assertThat(System.nanoTime() - start).isGreaterThan(200_000_000L);
        }
    }

    @Test
    void givenManyExecutions_list_pagesByKeysetWithoutGapsOrDuplicates() {
        UUID user = Fixtures.newUser(storage);
        List<GraphExecution> made = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            GraphExecution e = Fixtures.execution(graph, user, at(100 + i / 3));
            executions.insert(e);
            made.add(e);
            if (i % 5 == 0) {
                executions.transition(e.id(), ExecutionStatus.RUNNING, at(200), null, null);
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
