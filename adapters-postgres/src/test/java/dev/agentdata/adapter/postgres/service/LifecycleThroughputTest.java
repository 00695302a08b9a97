package dev.agentdata.adapter.postgres.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.service.WiredServices;
import dev.agentdata.application.port.in.execution.NodeTransitionCommand;
import dev.agentdata.application.port.in.execution.StartExecutionCommand;
import dev.agentdata.application.port.in.execution.TransitionCommand;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/** Prints execution lifecycles per second through the services (a measurement, not a timed assertion). */
class LifecycleThroughputTest {
    private static final int CLIENTS = 8;
    private static final int PER_CLIENT = 50;
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
    void lifecycles_throughManyClients_allComplete() throws Exception {
        UserContext actor = app.newActor();
        Graph graph = app.graphCommands.create(actor, WiredServices.inputToOutput("bench"));
        lifecycles(actor, graph, 10);
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(pool.submit(() -> lifecycles(actor, graph, PER_CLIENT)));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(PER_CLIENT);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d lifecycles (6 use cases each) with %d clients in %.2f s: %.0f lifecycles/s%n",
                CLIENTS * PER_CLIENT, CLIENTS, seconds, CLIENTS * PER_CLIENT / seconds);
    }

    private static int lifecycles(UserContext actor, Graph graph, int n) {
        for (int i = 0; i < n; i++) {
            GraphExecution e = app.starts.start(actor, new StartExecutionCommand(graph.id(), OptionalInt.empty(),
                    Map.of("in", "x")));
            app.transitions.transition(actor, new TransitionCommand(e.id(), ExecutionStatus.RUNNING, null, null));
            NodeExecution node = app.nodes.add(actor, e.id(), "in", Map.of());
            app.nodes.transition(actor, new NodeTransitionCommand(e.id(), node.id(), ExecutionStatus.RUNNING,
                    null, null, null));
            app.nodes.transition(actor, new NodeTransitionCommand(e.id(), node.id(), ExecutionStatus.COMPLETED,
                    Map.of("r", 1), null, null));
            GraphExecution done = app.transitions.transition(actor,
                    new TransitionCommand(e.id(), ExecutionStatus.COMPLETED, null, null));
            assertThat(done.status()).isEqualTo(ExecutionStatus.COMPLETED);
        }
        return n;
    }
}
