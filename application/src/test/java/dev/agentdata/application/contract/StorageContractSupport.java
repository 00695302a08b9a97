package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;

import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.storage.StoragePorts;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.graph.BuiltInBlocks;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphContent;
import dev.agentdata.domain.graph.Link;
import dev.agentdata.domain.graph.Node;
import dev.agentdata.domain.graph.NodeType;
import dev.agentdata.domain.user.User;

/**
 * Shared set-up of the port contract tests: {@link #ports()} gives one fresh, empty storage per test, and the
 * helpers store the users, graphs and executions a test needs (respecting every foreign key).
 */
public abstract class StorageContractSupport {
    protected static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    protected StoragePorts storage;

    /** A fresh, empty storage; called once before each test. */
    protected abstract StoragePorts ports();

    @BeforeEach
    void openStorage() {
        storage = ports();
    }

    protected static Instant at(long micros) {
        return T0.plusNanos(micros * 1000);
    }

    protected User newUser() {
        UUID id = UUID.randomUUID();
        return storage.users().insertIfAbsent(User.fromClaims(id, id + "@example.com", "User " + id, T0));
    }

    protected static Graph graphVersion(UUID graphId, int version, UUID owner, Instant now) {
        GraphContent content = new GraphContent("graph v" + version, "a test graph", false,
                List.of(new Node("in", BuiltInBlocks.AGENT_INPUT, "In", Map.of("description", "the input"),
                                Map.of("position", Map.of("x", "1", "y", "2")), NodeType.INPUT),
                        new Node("out", BuiltInBlocks.AGENT_OUTPUT, "Out", Map.of(), Map.of(), NodeType.OUTPUT)),
                List.of(new Link(UUID.randomUUID(), "in", "out", "result", "value", false)));
        return new Graph(graphId, version, true, owner, now, now, content);
    }

    protected Graph newGraph(UUID owner, Instant now) {
        Graph g = graphVersion(UUID.randomUUID(), 1, owner, now);
        storage.graphs().insertVersion(g);
        return g;
    }

    protected GraphExecution newExecution(Graph graph, Instant createdAt) {
        GraphExecution e = GraphExecution.queued(UUID.randomUUID(), graph.id(), graph.version(), graph.userId(),
                Map.of("in", "hello"), createdAt);
        assertThat(storage.executions().create(e)).as("created %s", e.id()).isTrue();
        return e;
    }

    /** An execution brought to {@code status} through legal transitions. */
    protected GraphExecution newExecution(Graph graph, Instant createdAt, ExecutionStatus status) {
        GraphExecution e = newExecution(graph, createdAt);
        for (ExecutionStatus step : pathTo(status)) {
            e = move(e, step, createdAt);
        }
        return e;
    }

    /** {@code execution} moved to {@code to} by its owner; fails unless the move applied. */
    protected GraphExecution move(GraphExecution execution, ExecutionStatus to, Instant at) {
        return storage.executions().transition(execution.userId(), execution.id(),
                GraphTransition.to(to, at, null, null)).orElseThrow().value();
    }

    /** The execution as stored now (its owner's view). */
    protected GraphExecution reload(GraphExecution execution) {
        return storage.executions().find(execution.userId(), execution.id()).orElseThrow();
    }

    protected NodeExecution newNode(GraphExecution execution, String nodeId, Instant createdAt) {
        NodeExecution n = NodeExecution.queued(UUID.randomUUID(), execution.id(), nodeId, Map.of("value", "x"), createdAt);
        return storage.executions().addNode(execution.userId(), new NodeCreation(n)).orElseThrow().value();
    }

    protected NodeExecution newNode(GraphExecution execution, Instant createdAt, ExecutionStatus status) {
        NodeExecution n = newNode(execution, "in", createdAt);
        for (ExecutionStatus step : pathTo(status)) {
            n = moveNode(execution, n, step, createdAt);
        }
        return n;
    }

    /** {@code node} of {@code execution} moved to {@code to}; fails unless the move applied. */
    protected NodeExecution moveNode(GraphExecution execution, NodeExecution node, ExecutionStatus to, Instant at) {
        return storage.executions().transitionNode(execution.userId(), execution.id(), node.id(),
                new NodeTransition(to, at, null, null, null)).orElseThrow().value();
    }

    /** Every node execution of {@code execution} in creation order, read page by page; empty when it is gone. */
    protected List<NodeExecution> nodesOf(GraphExecution execution) {
        List<NodeExecution> all = new ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        do {
            Optional<Page<NodeExecution>> page = storage.executions().listNodes(execution.userId(), execution.id(),
                    Optional.empty(), new PageRequest(7, after, false));
            page.ifPresent(p -> all.addAll(p.items()));
            after = page.flatMap(Page::next);
        } while (after.isPresent());
        return all;
    }

    /** The legal steps from queued to {@code status}. */
    protected static List<ExecutionStatus> pathTo(ExecutionStatus status) {
        return switch (status) {
            case QUEUED -> List.of();
            case RUNNING -> List.of(ExecutionStatus.RUNNING);
            case COMPLETED -> List.of(ExecutionStatus.RUNNING, ExecutionStatus.COMPLETED);
            default -> List.of(status);
        };
    }

    /** Runs {@code task} on {@code threads} threads released together and returns each result. */
    protected static <T> List<T> race(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
