package dev.agentdata.adapter.postgres.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Explain;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;

/** The hot execution queries and compiled changes use their indexes (no sequential scans) on 200,000 executions of 20 users. */
class ExecutionQueryPlansTest {
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID GRAPH = UUID.fromString("00000000-0000-0000-0000-0000000000a0");
    private static PostgresStorage storage;
    private static ExecutionTables tables;

    @BeforeAll
    static void seed() {
        storage = TestDatabase.freshStorage();
        tables = ExecutionTables.in(storage.schema());
        // the seed is one implicit transaction: a loaded machine may need longer than the pool's statement timeout
        Explain.sql(storage, """
                SET LOCAL statement_timeout = 0;
                INSERT INTO {schema}.users (id, email)
                SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(u), 12, '0'))::uuid, 'u' || u || '@example.com'
                FROM generate_series(1, 20) u;
                INSERT INTO {schema}.graphs (id, version, is_active, user_id, name, created_at, updated_at)
                SELECT ('00000000-0000-0000-0000-0000000000' || lpad(to_hex(g), 2, '0'))::uuid, 1, true,
                       ('00000000-0000-0000-0000-' || lpad(to_hex(g % 20 + 1), 12, '0'))::uuid, 'g', now(), now()
                FROM generate_series(0, 255) g;
                -- forty nodes a graph: adding a node execution probes graph_nodes for the node id
                INSERT INTO {schema}.graph_nodes (graph_id, graph_version, id, position, block_id, user_id)
                SELECT g.id, 1, CASE WHEN k = 0 THEN 'n' ELSE 'n' || k END, k, 'block', g.user_id
                FROM {schema}.graphs g, generate_series(0, 39) k;
                INSERT INTO {schema}.graph_executions (id, graph_id, graph_version, user_id, status, created_at)
                SELECT md5(i::text)::uuid,
                       ('00000000-0000-0000-0000-0000000000' || lpad(to_hex(i % 256), 2, '0'))::uuid, 1,
                       ('00000000-0000-0000-0000-' || lpad(to_hex(i % 20 + 1), 12, '0'))::uuid,
                       (ARRAY['queued','running','completed','failed','cancelled','timeout'])[i % 6 + 1],
                       timestamptz '2026-01-01' + i * interval '1 second'
                FROM generate_series(1, 200000) i;
                -- the foreign-key checks below plan with statistics; without them each may scan the table
                ANALYZE {schema}.graph_executions;
                INSERT INTO {schema}.node_executions (id, graph_execution_id, node_id, status, created_at, user_id)
                SELECT md5('n' || i)::uuid, md5((i % 200000 + 1)::text)::uuid, 'n', 'completed', now(),
                       ('00000000-0000-0000-0000-' || lpad(to_hex((i % 200000 + 1) % 20 + 1), 12, '0'))::uuid
                FROM generate_series(1, 100000) i;
                ANALYZE""");
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void firstAndDeepExecutionPages_useTheUserIndexWithoutSorting() {
        ExecutionFilter all = new ExecutionFilter(USER, Optional.empty(), Optional.empty());
        String first = Explain.plan(storage, "executions, first page", ExecutionPageQuery.pageSql(tables, all, false), USER, 21);
        String deep = Explain.plan(storage, "executions, deep page (keyset)", ExecutionPageQuery.pageSql(tables, all, true), USER,
                OffsetDateTime.of(2026, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC), UUID.randomUUID(), 21);
        assertThat(first).contains("graph_executions_by_user").doesNotContain("Seq Scan").doesNotContain("Sort");
        assertThat(deep).contains("graph_executions_by_user").doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void filteredPages_useIndexes() {
        ExecutionFilter byStatus = new ExecutionFilter(USER, Optional.of(ExecutionStatus.RUNNING), Optional.empty());
        ExecutionFilter byGraph = new ExecutionFilter(USER, Optional.empty(), Optional.of(GRAPH));
        assertThat(Explain.plan(storage, "executions, status filter", ExecutionPageQuery.pageSql(tables, byStatus, false),
                USER, "running", 21)).contains("graph_executions_by_user_status").doesNotContain("Seq Scan");
        assertThat(Explain.plan(storage, "executions, graph filter", ExecutionPageQuery.pageSql(tables, byGraph, false),
                USER, GRAPH, 21)).contains("graph_executions_by_user_graph").doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void compiledChanges_usePrimaryKeysAndThePartialIndexOfActiveNodes() {
        UUID id = UUID.nameUUIDFromBytes("x".getBytes());
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(plan("execution running (one conditional update)", GraphTransitionStatement.compile(tables,
                GraphTransition.to(ExecutionStatus.RUNNING, now, null, null), id, Optional.of(USER))))
                .contains("graph_executions_pkey").doesNotContain("Seq Scan");
        assertThat(plan("execution failed (cascading update)", GraphTransitionStatement.compile(tables,
                GraphTransition.to(ExecutionStatus.FAILED, now, null, "x"), id, Optional.of(USER))))
                .contains("graph_executions_pkey").doesNotContain("Seq Scan");
        assertThat(plan("node execution added", NodeChangeStatements.add(tables, USER,
                new NodeCreation(NodeExecution.queued(UUID.randomUUID(), id, "n", Map.of(), now)))))
                .contains("graph_executions_pkey").doesNotContain("Seq Scan");
        assertThat(plan("node execution completed", NodeChangeStatements.transition(tables, USER, id, UUID.randomUUID(),
                new NodeTransition(ExecutionStatus.COMPLETED, now, Map.of("o", 1), null, 3L))))
                .contains("graph_executions_pkey").doesNotContain("Seq Scan");
    }

    @Test
    void nodeExecutionPages_useTheExecutionsSequenceIndex() {
        UUID id = UUID.fromString(storage.jdbc().call(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT graph_execution_id FROM " + tables.nodeExecutions() + " LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        }));
        UUID owner = storage.jdbc().call(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT user_id FROM " + tables.graphExecutions() + " WHERE id = '" + id + "'")) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        });
        assertThat(plan("node executions, first page", NodeExecutionQueries.pageSql(tables, owner, id, Optional.empty(),
                PageRequest.first(100)))).contains("node_executions_by_graph_execution").doesNotContain("Seq Scan");
        assertThat(plan("node executions, deep page by status", NodeExecutionQueries.pageSql(tables, owner, id,
                Optional.of(ExecutionStatus.COMPLETED), new PageRequest(100, Optional.of(Cursor.of("5")), false))))
                .contains("node_executions_by_graph_execution").doesNotContain("Seq Scan");
    }

    /** EXPLAIN ANALYZE of a compiled statement (it runs, on ids that match nothing), kept beside the other plans. */
    private static String plan(String title, BoundSql sql) {
        String plan = storage.jdbc().call(c -> {
            try (PreparedStatement ps = sql.prefixedWith("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ").prepare(c);
                 ResultSet rs = ps.executeQuery()) {
                List<String> lines = new ArrayList<>();
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
                return String.join("\n", lines);
            }
        });
        return Explain.record(title, sql.text(), plan);
    }
}
