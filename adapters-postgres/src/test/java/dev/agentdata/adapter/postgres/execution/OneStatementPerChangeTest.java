package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Fixtures;
import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.execution.TransitionOutcome;
import dev.agentdata.domain.graph.Graph;

/**
 * Each lifecycle change the domain plans is ONE statement in autocommit on its success path (counted at the JDBC
 * level: no lock round trip, no guard query, no BEGIN/COMMIT); only a change that did not apply reads once more.
 */
class OneStatementPerChangeTest {
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static PostgresStorage storage;
    private static PostgresExecutionRepository executions;
    private static Graph graph;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
        executions = new PostgresExecutionRepository(new UnitOfWorkConnections(counting(storage.dataSource())), storage.schema());
        graph = Fixtures.graph(UUID.randomUUID(), 1, Fixtures.newUser(storage), 2, at(0));
        storage.graphs().insertVersion(graph);
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    /** {@code source} whose connections count every statement they prepare or create. */
    private static DataSource counting(DataSource source) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(source, method, args);
                    return result instanceof Connection c ? countingConnection(c) : result;
                });
    }

    private static Connection countingConnection(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                            || method.getName().equals("prepareCall")) {
                        STATEMENTS.incrementAndGet();
                    }
                    return invoke(c, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T counted(int expected, Supplier<T> change) {
        int before = STATEMENTS.get();
        T result = change.get();
        assertThat(STATEMENTS.get() - before).as("statements of %s", result).isEqualTo(expected);
        return result;
    }

    @Test
    void aLifecycle_isOneStatementPerChange() {
        UUID owner = graph.userId();
        GraphExecution e = Fixtures.execution(graph, owner, at(1));
        assertThat(counted(1, () -> executions.create(e))).isTrue();
        counted(1, () -> executions.transition(owner, e.id(), GraphTransition.to(ExecutionStatus.RUNNING, at(2), null, null)))
                .orElseThrow();
        NodeExecution n = counted(1, () -> executions.addNode(owner, new NodeCreation(
                NodeExecution.queued(UUID.randomUUID(), e.id(), "n0", Map.of(), at(3))))).orElseThrow().value();
        counted(1, () -> executions.transitionNode(owner, e.id(), n.id(),
                new NodeTransition(ExecutionStatus.RUNNING, at(4), null, null, null))).orElseThrow();
        counted(1, () -> executions.transitionNode(owner, e.id(), n.id(),
                new NodeTransition(ExecutionStatus.COMPLETED, at(5), Map.of("r", 1), null, 4L))).orElseThrow();
        GraphExecution done = counted(1, () -> executions.transition(owner, e.id(),
                GraphTransition.to(ExecutionStatus.COMPLETED, at(6), Map.of("o", 1), null))).orElseThrow().value();

        assertThat(done.stats().completed()).isEqualTo(1);
        assertThat(done.stats().cost()).isEqualTo(4);
    }

    @Test
    void aCascadingEnd_isOneStatement_andARefusalReadsOnceMore() {
        UUID owner = graph.userId();
        GraphExecution e = Fixtures.execution(graph, owner, at(1));
        executions.create(e);
        for (int i = 0; i < 3; i++) {
            executions.addNode(owner, new NodeCreation(NodeExecution.queued(UUID.randomUUID(), e.id(), "n0", Map.of(),
                    at(2)))).orElseThrow();
        }

        assertThat(counted(1, () -> executions.transition(owner, e.id(),
                GraphTransition.to(ExecutionStatus.CANCELLED, at(3), null, null))).orElseThrow().cascaded()).isEqualTo(3);
        assertThat(counted(2, () -> executions.transition(owner, e.id(),
                GraphTransition.to(ExecutionStatus.FAILED, at(4), null, null))))
                .isEqualTo(new TransitionOutcome.Refused<>(ExecutionStatus.CANCELLED, ExecutionStatus.FAILED));
    }
}
