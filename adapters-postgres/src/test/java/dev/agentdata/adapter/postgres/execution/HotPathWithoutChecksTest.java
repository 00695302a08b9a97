package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Fixtures;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.graph.Graph;

/**
 * The lifecycle's writes fire no foreign-key check and no trigger (pg_stat_statements counts each as a statement,
 * issue 9), and the cascades those gave still run on the delete paths: a user's, a graph's, an execution's.
 */
class HotPathWithoutChecksTest {
    private static PostgresStorage storage;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void insertsAndUpdatesOfTheExecutionTables_fireNoTriggerAndCheckNoForeignKey() throws SQLException {
        // tgtype bits: 4 = INSERT, 16 = UPDATE; internal RI triggers of foreign keys included
        assertThat(rows("SELECT c.relname || '.' || t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                + " JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = ? AND c.relname IN"
                + " ('graph_executions', 'node_executions', 'execution_events') AND t.tgtype & (4 | 16) <> 0")).isEmpty();
        assertThat(rows("SELECT conname FROM pg_constraint k JOIN pg_namespace s ON s.oid = k.connamespace"
                + " WHERE s.nspname = ? AND k.contype = 'f' AND k.conrelid::regclass::text ~"
                + " '(graph_executions|node_executions|execution_events)$'")).isEmpty();
    }

    @Test
    void deletingAUser_deletesTheirExecutions_nodes_andEvents() throws SQLException {
        Run doomed = run();
        Run kept = run();

        update("DELETE FROM {schema}.users WHERE id = ?", doomed.user());

        assertThat(dependents(doomed)).containsExactly(0L, 0L, 0L);
        assertThat(dependents(kept)).containsExactly(1L, 1L, 2L);
    }

    @Test
    void deletingAnExecution_deletesItsNodes_andEvents_only() throws SQLException {
        Run doomed = run();
        Run kept = run();

        update("DELETE FROM {schema}.graph_executions WHERE id = ?", doomed.execution());

        assertThat(dependents(doomed)).containsExactly(0L, 0L, 0L);
        assertThat(dependents(kept)).containsExactly(1L, 1L, 2L);
    }

    @Test
    void deletingAGraph_deletesItsExecutions_nodes_andEvents() throws SQLException {
        Run doomed = run();
        Run kept = run();

        assertThat(storage.graphs().delete(doomed.user(), doomed.graph())).isTrue();

        assertThat(dependents(doomed)).containsExactly(0L, 0L, 0L);
        assertThat(dependents(kept)).containsExactly(1L, 1L, 2L);
    }

    private record Run(UUID user, UUID graph, UUID execution) {
    }

    /** A user, a graph, one queued execution with one node execution (two events). */
    private static Run run() {
        UUID user = Fixtures.newUser(storage);
        Graph graph = Fixtures.graph(UUID.randomUUID(), 1, user, 2, at(0));
        storage.graphs().insertVersion(graph);
        GraphExecution e = Fixtures.execution(graph, user, at(1));
        assertThat(storage.executions().create(e)).isTrue();
        storage.executions().addNode(user, new NodeCreation(NodeExecution.queued(UUID.randomUUID(), e.id(), "n0",
                Map.of(), at(2)))).orElseThrow();
        return new Run(user, graph.id(), e.id());
    }

    /** The run's executions, node executions and events, counted in the tables. */
    private static List<Long> dependents(Run run) throws SQLException {
        List<Long> counts = new ArrayList<>();
        for (String sql : List.of("SELECT count(*) FROM {schema}.graph_executions WHERE id = ?",
                "SELECT count(*) FROM {schema}.node_executions WHERE graph_execution_id = ?",
                "SELECT count(*) FROM {schema}.execution_events WHERE execution_id = ?")) {
            try (Connection c = storage.dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement(storage.schema().sql(sql))) {
                ps.setObject(1, run.execution());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.add(rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void update(String sql, UUID id) throws SQLException {
        try (Connection c = storage.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(storage.schema().sql(sql))) {
            ps.setObject(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = storage.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, storage.schema().name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }
}
