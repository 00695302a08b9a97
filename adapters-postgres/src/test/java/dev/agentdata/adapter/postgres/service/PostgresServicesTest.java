package dev.agentdata.adapter.postgres.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.service.WiredServices;
import dev.agentdata.application.port.in.execution.ExecutionQuery;
import dev.agentdata.application.port.in.execution.NodeTransitionCommand;
import dev.agentdata.application.port.in.execution.TransitionCommand;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.common.ConflictException;
import dev.agentdata.domain.execution.ExecutionStateException;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.IllegalTransitionException;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** The use cases end to end on Postgres: lifecycle, races through the services, stats. */
class PostgresServicesTest {
    private static PostgresStorage pg;
    private static WiredServices app;

    @BeforeAll
    static void start() {
        pg = TestDatabase.freshStorage();
        app = WiredServices.onTestClock(pg.ports());
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(pg);
    }

    @Test
    void givenRun_fullLifecycle_endsCompletedWithMicrosecondTimestamps() {
        UserContext actor = app.newActor();
        GraphExecution run = app.startedRun(actor);
        assertThat(run.createdAt()).isEqualTo(run.createdAt().truncatedTo(ChronoUnit.MICROS));
        app.transitions.transition(actor, new TransitionCommand(run.id(), ExecutionStatus.RUNNING, null, null));
        NodeExecution node = app.nodes.add(actor, run.id(), "in", Map.of("v", 1));
        app.nodes.transition(actor, new NodeTransitionCommand(run.id(), node.id(), ExecutionStatus.RUNNING, null, null, null));
        assertThatThrownBy(() -> app.transitions.transition(actor,
                new TransitionCommand(run.id(), ExecutionStatus.COMPLETED, null, null)))
                .isInstanceOf(ExecutionStateException.class);
        app.nodes.transition(actor, new NodeTransitionCommand(run.id(), node.id(), ExecutionStatus.COMPLETED,
                Map.of("result", "x"), null, 5L));
        GraphExecution done = app.transitions.transition(actor,
                new TransitionCommand(run.id(), ExecutionStatus.COMPLETED, Map.of("out", "x"), null));
        assertThat(done.status()).isEqualTo(ExecutionStatus.COMPLETED);
        assertThat(done.endedAt()).isNotNull();
        var details = app.executionQueries.get(actor, run.id());
        assertThat(details.execution()).isEqualTo(done);
        assertThat(details.nodeExecutions()).singleElement()
                .satisfies(n -> assertThat(n.executionCost()).isEqualTo(5));
        assertThatThrownBy(() -> app.nodes.add(actor, run.id(), "out", Map.of()))
                .isInstanceOf(ExecutionStateException.class);
        var summaries = app.graphQueries.list(actor, PageRequest.first(10)).items();
        assertThat(summaries).singleElement().satisfies(s -> {
            assertThat(s.executionCount()).isEqualTo(1);
            assertThat(s.successRate()).isEqualTo(1.0);
        });
    }

    @Test
    void given16ConcurrentCancels_cancel_exactlyOneWinsAndTheRestConflict() throws Exception {
        UserContext actor = app.newActor();
        GraphExecution run = app.startedRun(actor);
        NodeExecution node = app.nodes.add(actor, run.id(), "in", Map.of());
        List<Object> outcomes = race(16, () -> app.transitions.cancel(actor, run.id()));
        assertThat(outcomes).filteredOn(o -> o instanceof GraphExecution).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof IllegalTransitionException).hasSize(15);
        var details = app.executionQueries.get(actor, run.id());
        assertThat(details.execution().status()).isEqualTo(ExecutionStatus.CANCELLED);
        assertThat(details.nodeExecutions()).extracting(NodeExecution::id, NodeExecution::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(node.id(), ExecutionStatus.CANCELLED));
    }

    @Test
    void givenNodeCompletionsRacingACancel_noNodeChangesAfterTheExecutionEnded() throws Exception {
        UserContext actor = app.newActor();
        GraphExecution run = app.startedRun(actor);
        app.transitions.transition(actor, new TransitionCommand(run.id(), ExecutionStatus.RUNNING, null, null));
        List<NodeExecution> added = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            added.add(app.nodes.add(actor, run.id(), "in", Map.of()));
        }
        List<Object> outcomes = race(9, new java.util.function.IntFunction<>() {
            @Override
            public Object apply(int i) {
                return i == 8 ? app.transitions.cancel(actor, run.id())
                        : app.nodes.transition(actor, new NodeTransitionCommand(run.id(), added.get(i).id(),
                        ExecutionStatus.RUNNING, null, null, null));
            }
        });
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfAny(GraphExecution.class, NodeExecution.class,
                ExecutionStateException.class, IllegalTransitionException.class));
        assertThat(outcomes.get(8)).isInstanceOf(GraphExecution.class);
        var details = app.executionQueries.get(actor, run.id());
        assertThat(details.execution().status()).isEqualTo(ExecutionStatus.CANCELLED);
        assertThat(details.nodeExecutions()).allSatisfy(n -> assertThat(n.status()).isEqualTo(ExecutionStatus.CANCELLED));
        var page = app.executionQueries.list(actor, new ExecutionQuery(Optional.of(ExecutionStatus.CANCELLED),
                Optional.empty()), new PageRequest(10, Optional.empty(), true));
        assertThat(page.total()).hasValue(1);
    }

    @Test
    void givenConcurrentUpdatesAndActivations_graph_getsDistinctVersionsAndOneActive() throws Exception {
        UserContext actor = app.newActor();
        var graph = app.graphCommands.create(actor, WiredServices.inputToOutput("v1"));
        List<Object> outcomes = race(9, i -> i == 8
                ? app.graphCommands.setActiveVersion(actor, graph.id(), 1)
                : app.graphCommands.update(actor, graph.id(), WiredServices.inputToOutput("v" + i)));
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(dev.agentdata.domain.graph.Graph.class));
        var versions = app.graphQueries.listVersions(actor, graph.id());
        assertThat(versions).extracting(v -> v.version()).containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(versions).filteredOn(v -> v.active()).hasSize(1);
        assertThat(app.graphQueries.getActive(actor, graph.id()).version())
                .isEqualTo(versions.stream().filter(v -> v.active()).findFirst().orElseThrow().version());
    }

    private static List<Object> race(int threads, java.util.concurrent.Callable<Object> task) throws Exception {
        return race(threads, i -> {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<Object> race(int threads, java.util.function.IntFunction<Object> task) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    try {
                        return task.apply(n);
                    } catch (IllegalTransitionException | ExecutionStateException | ConflictException e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : futures) {
                out.add(f.get());
            }
            return out;
        }
    }
}
