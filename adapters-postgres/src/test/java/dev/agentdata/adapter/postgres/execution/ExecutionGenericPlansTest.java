package dev.agentdata.adapter.postgres.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PGobject;

import dev.agentdata.adapter.postgres.Explain;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;

/**
 * The compiled changes find their rows by primary key in the generic plans Postgres keeps for a statement pgjdbc has
 * prepared on the server (from its fifth run on), not only in the custom plans {@link ExecutionQueryPlansTest}
 * explains. The seed is the shape {@code bench/lifecycle.sh} grows, and a busy user has: one owner with 60,000
 * executions, nearly all ended, a handful queued and running. On it, a plainly written {@code id = ? AND user_id = ?
 * AND status = 'queued'} was planned on {@code graph_executions_by_user_status} or the partial {@code queued_since}
 * index, which read every queued entry of the owner, dead ones included.
 */
class ExecutionGenericPlansTest {
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static PostgresStorage storage;
    private static ExecutionTables tables;

    @BeforeAll
    static void seed() {
        storage = TestDatabase.freshStorage();
        tables = ExecutionTables.in(storage.schema());
        // statistics taken when every execution had ended, as lifecycle.sh's ANALYZE after its warm-up; then the
        // executions in flight
        Explain.sql(storage, """
                SET LOCAL statement_timeout = 0;
                INSERT INTO {schema}.users (id, email) VALUES ('00000000-0000-0000-0000-000000000001', 'u@example.com');
                INSERT INTO {schema}.graphs (id, version, is_active, user_id, name, created_at, updated_at)
                SELECT ('00000000-0000-0000-0000-0000000000' || lpad(to_hex(g), 2, '0'))::uuid, 1, true,
                       '00000000-0000-0000-0000-000000000001', 'g', now(), now()
                FROM generate_series(0, 99) g;
                INSERT INTO {schema}.graph_nodes (graph_id, graph_version, id, position, block_id, user_id)
                SELECT g.id, 1, CASE WHEN k = 0 THEN 'n' ELSE 'n' || k END, k, 'block', g.user_id
                FROM {schema}.graphs g, generate_series(0, 39) k;
                INSERT INTO {schema}.graph_executions (id, graph_id, graph_version, user_id, status, created_at,
                                                       started_at, ended_at)
                SELECT md5(i::text)::uuid, '00000000-0000-0000-0000-0000000000a0', 1,
                       '00000000-0000-0000-0000-000000000001', 'completed',
                       timestamptz '2026-01-01' + i * interval '1 second',
                       timestamptz '2026-01-01' + i * interval '1 second',
                       timestamptz '2026-01-01' + i * interval '2 second'
                FROM generate_series(17, 60000) i;
                INSERT INTO {schema}.node_executions (id, graph_execution_id, node_id, status, created_at, user_id)
                SELECT md5('n' || i)::uuid, md5(i::text)::uuid, 'n', 'completed', now(),
                       '00000000-0000-0000-0000-000000000001'
                FROM generate_series(17, 60000) i;
                ANALYZE;
                INSERT INTO {schema}.graph_executions (id, graph_id, graph_version, user_id, status, created_at,
                                                       started_at)
                SELECT md5(i::text)::uuid, '00000000-0000-0000-0000-0000000000a0', 1,
                       '00000000-0000-0000-0000-000000000001', CASE WHEN i <= 8 THEN 'queued' ELSE 'running' END,
                       timestamptz '2026-03-01' + i * interval '1 second',
                       CASE WHEN i > 8 THEN timestamptz '2026-03-01' + i * interval '1 second' END
                FROM generate_series(1, 16) i;
                INSERT INTO {schema}.node_executions (id, graph_execution_id, node_id, status, created_at, user_id)
                SELECT md5('n' || i)::uuid, md5(i::text)::uuid, 'n', CASE WHEN i <= 8 THEN 'queued' ELSE 'running' END,
                       now(), '00000000-0000-0000-0000-000000000001'
                FROM generate_series(1, 16) i;""");
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void graphTransitions_findTheExecutionByItsPrimaryKey() {
        UUID id = UUID.nameUUIDFromBytes("x".getBytes());
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertByKey(genericPlan("execution running", GraphTransitionStatement.compile(tables,
                GraphTransition.to(ExecutionStatus.RUNNING, now, null, null), id, Optional.of(USER))));
        assertByKey(genericPlan("execution completed", GraphTransitionStatement.compile(tables,
                GraphTransition.to(ExecutionStatus.COMPLETED, now, Map.of("o", 1), null), id, Optional.of(USER))));
        String failed = genericPlan("execution failed (cascading)", GraphTransitionStatement.compile(tables,
                GraphTransition.to(ExecutionStatus.FAILED, now, null, "x"), id, Optional.of(USER)));
        assertByKey(failed);
        assertCascadeReadsOnlyItsExecution(failed);
        String timedOut = genericPlan("execution timed out by an operator", GraphTransitionStatement.compile(tables,
                GraphTransition.to(ExecutionStatus.TIMEOUT, now, null, null), id, Optional.empty()));
        assertByKey(timedOut);
        assertCascadeReadsOnlyItsExecution(timedOut);
    }

    @Test
    void nodeChanges_findTheirRowsByPrimaryKey() {
        UUID id = UUID.nameUUIDFromBytes("x".getBytes());
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertByKey(genericPlan("node execution added", NodeChangeStatements.add(tables, USER,
                new NodeCreation(NodeExecution.queued(UUID.randomUUID(), id, "n", Map.of(), now)))));
        String running = genericPlan("node execution running", NodeChangeStatements.transition(tables, USER, id,
                UUID.randomUUID(), new NodeTransition(ExecutionStatus.RUNNING, now, null, null, null)));
        assertByKey(running);
        assertThat(running).contains("node_executions_pkey").doesNotContain("node_executions_active");
        String completed = genericPlan("node execution completed", NodeChangeStatements.transition(tables, USER, id,
                UUID.randomUUID(), new NodeTransition(ExecutionStatus.COMPLETED, now, Map.of("o", 1), null, 3L)));
        assertByKey(completed);
        assertThat(completed).contains("node_executions_pkey").doesNotContain("node_executions_active");
        String failed = genericPlan("node execution failed (from queued or running)", NodeChangeStatements.transition(
                tables, USER, id, UUID.randomUUID(), new NodeTransition(ExecutionStatus.FAILED, now, null, "x", null)));
        assertByKey(failed);
        assertThat(failed).contains("node_executions_pkey").doesNotContain("node_executions_active");
    }

    /** The cascade reads the active node executions of its own execution, not every active one (16 in the seed). */
    private static void assertCascadeReadsOnlyItsExecution(String plan) {
        assertThat(plan).containsPattern("Index Scan using node_executions_active on node_executions n \\(actual rows=0"
                + "[^\\n]*\\n\\s+Index Cond: \\(graph_execution_id = ");
    }

    /** Every read of graph_executions goes through its primary key, none through a by-user or partial index. */
    private static void assertByKey(String plan) {
        assertThat(plan).contains("graph_executions_pkey").doesNotContain("graph_executions_by_")
                .doesNotContain("_since").doesNotContain("graph_executions_finished").doesNotContain("Seq Scan");
    }

    /**
     * EXPLAIN ANALYZE of {@code sql}'s generic plan: prepared by SQL ({@code PREPARE}, with the types pgjdbc binds)
     * and run with {@code plan_cache_mode = force_generic_plan}, in a transaction rolled back after.
     */
    private static String genericPlan(String title, BoundSql sql) {
        List<Object[]> bound = parameters(sql);
        StringBuilder types = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Object[] p : bound) {
            types.append(types.isEmpty() ? "" : ", ").append(p[0]);
            values.append(values.isEmpty() ? "" : ", ").append(p[1]);
        }
        String[] parts = sql.text().split("\\?", -1);
        StringBuilder numbered = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            numbered.append('$').append(i).append(parts[i]);
        }
        assertThat(parts.length - 1).isEqualTo(bound.size());
        String plan = storage.jdbc().call(c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL plan_cache_mode = force_generic_plan");
                s.execute("PREPARE generic_plan_test (" + types + ") AS " + numbered);
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, BUFFERS, SUMMARY ON)"
                        + " EXECUTE generic_plan_test (" + values + ")")) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                return String.join("\n", lines);
            } finally {
                c.rollback();
                try (Statement s = c.createStatement()) {
                    s.execute("DEALLOCATE ALL");
                }
                c.setAutoCommit(autoCommit);
            }
        });
        return Explain.record("generic plan: " + title, numbered.toString(), plan);
    }

    /** The statement's parameters as {type, literal}, captured by binding them to a recording statement. */
    private static List<Object[]> parameters(BoundSql sql) {
        List<Object[]> bound = new ArrayList<>();
        PreparedStatement recorder = (PreparedStatement) Proxy.newProxyInstance(
                ExecutionGenericPlansTest.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length >= 2
                            && args[0] instanceof Integer index) {
                        while (bound.size() < index) {
                            bound.add(null);
                        }
                        bound.set(index - 1, typed(method.getName(), args[1]));
                    }
                    return null;
                });
        Connection connection = (Connection) Proxy.newProxyInstance(
                ExecutionGenericPlansTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("prepareStatement") ? recorder : null);
        try {
            sql.prepare(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return bound;
    }

    private static Object[] typed(String setter, Object value) {
        if (setter.equals("setNull") || value == null) {
            return new Object[] {"unknown", "NULL"};
        }
        String type = switch (value) {
            case UUID u -> "uuid";
            case Integer i -> "integer";
            case Long l -> "bigint";
            case PGobject o -> o.getType();
            case String s when setter.equals("setString") -> "text";
            default -> "unknown";   // setObject(..., Types.OTHER): the server infers it, as it does for pgjdbc
        };
        String text = value instanceof PGobject o ? o.getValue() : value.toString();
        return new Object[] {type, "'" + text.replace("'", "''") + "'"};
    }
}
