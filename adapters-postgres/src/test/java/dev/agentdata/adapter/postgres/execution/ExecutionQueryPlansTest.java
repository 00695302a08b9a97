package dev.agentdata.adapter.postgres.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Explain;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.domain.execution.ExecutionStatus;

/** The hot execution queries use their indexes (no sequential scans) on 200,000 executions of 20 users. */
class ExecutionQueryPlansTest {
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID GRAPH = UUID.fromString("00000000-0000-0000-0000-0000000000a0");
    private static PostgresStorage storage;

    @BeforeAll
    static void seed() {
        storage = TestDatabase.freshStorage();
        Explain.sql(storage, """
                INSERT INTO users (id, email)
                SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(u), 12, '0'))::uuid, 'u' || u || '@example.com'
                FROM generate_series(1, 20) u;
                INSERT INTO graphs (id, version, is_active, user_id, name, created_at, updated_at)
                SELECT ('00000000-0000-0000-0000-0000000000' || lpad(to_hex(g), 2, '0'))::uuid, 1, true,
                       ('00000000-0000-0000-0000-' || lpad(to_hex(g % 20 + 1), 12, '0'))::uuid, 'g', now(), now()
                FROM generate_series(0, 255) g;
                INSERT INTO graph_executions (id, graph_id, graph_version, user_id, status, created_at)
                SELECT md5(i::text)::uuid,
                       ('00000000-0000-0000-0000-0000000000' || lpad(to_hex(i % 256), 2, '0'))::uuid, 1,
                       ('00000000-0000-0000-0000-' || lpad(to_hex(i % 20 + 1), 12, '0'))::uuid,
                       (ARRAY['queued','running','completed','failed','cancelled','timeout'])[i % 6 + 1],
                       timestamptz '2026-01-01' + i * interval '1 second'
                FROM generate_series(1, 200000) i;
                INSERT INTO node_executions (id, graph_execution_id, node_id, status, created_at)
                SELECT md5('n' || i)::uuid, md5((i % 200000 + 1)::text)::uuid, 'n', 'completed', now()
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
        String first = Explain.plan(storage, "executions, first page", ExecutionPageQuery.pageSql(all, false), USER, 21);
        String deep = Explain.plan(storage, "executions, deep page (keyset)", ExecutionPageQuery.pageSql(all, true), USER,
                OffsetDateTime.of(2026, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC), UUID.randomUUID(), 21);
        assertThat(first).contains("graph_executions_by_user").doesNotContain("Seq Scan").doesNotContain("Sort");
        assertThat(deep).contains("graph_executions_by_user").doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void filteredPages_useIndexes() {
        ExecutionFilter byStatus = new ExecutionFilter(USER, Optional.of(ExecutionStatus.RUNNING), Optional.empty());
        ExecutionFilter byGraph = new ExecutionFilter(USER, Optional.empty(), Optional.of(GRAPH));
        assertThat(Explain.plan(storage, "executions, status filter", ExecutionPageQuery.pageSql(byStatus, false),
                USER, "running", 21)).contains("graph_executions_by_user_status").doesNotContain("Seq Scan");
        assertThat(Explain.plan(storage, "executions, graph filter", ExecutionPageQuery.pageSql(byGraph, false),
                USER, GRAPH, 21)).contains("graph_executions_by_user_graph").doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void transitionAndNodeQueries_usePrimaryAndForeignKeyIndexes() {
        UUID id = UUID.nameUUIDFromBytes("x".getBytes());
        String transition = storage.jdbc().call(c -> Explain.plan(storage, "execution transition (conditional update)",
                "UPDATE graph_executions SET status = ?, started_at = COALESCE(started_at, ?::timestamptz), "
                        + "ended_at = COALESCE(?::timestamptz, ended_at) WHERE id = ? AND status = ANY(?) RETURNING id",
                "running", null, null, id, c.createArrayOf("text", new Object[] {"queued"})));
        assertThat(transition).contains("graph_executions_pkey");
        assertThat(Explain.plan(storage, "node executions of an execution",
                NodeExecutionStatements.LIST_NODES, id))
                .contains("node_executions_by_graph_execution").doesNotContain("Seq Scan");
        assertThat(Explain.plan(storage, "has active node executions",
                "SELECT EXISTS (SELECT 1 FROM node_executions WHERE graph_execution_id = ? AND status IN ('queued', 'running'))", id))
                .contains("node_executions_active").doesNotContain("Seq Scan");
    }
}
