package dev.agentdata.adapter.postgres.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Explain;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;

/** "My graphs with stats" is one statement per page over the partial index, statistics only for the page's graphs. */
class GraphQueryPlansTest {
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static PostgresStorage storage;

    @BeforeAll
    static void seed() {
        storage = TestDatabase.freshStorage();
        // the seed is one implicit transaction: a loaded machine may need longer than the pool's statement timeout
        Explain.sql(storage, """
                SET LOCAL statement_timeout = 0;
                INSERT INTO {schema}.users (id, email)
                SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(u), 12, '0'))::uuid, 'u' || u || '@example.com'
                FROM generate_series(1, 20) u;
                INSERT INTO {schema}.graphs (id, version, is_active, user_id, name, created_at, updated_at)
                SELECT md5('g' || g)::uuid, v, v = 3, ('00000000-0000-0000-0000-' || lpad(to_hex(g % 20 + 1), 12, '0'))::uuid,
                       'g', now(), timestamptz '2026-01-01' + g * interval '1 minute'
                FROM generate_series(1, 4000) g, generate_series(1, 3) v;
                INSERT INTO {schema}.graph_nodes (graph_id, graph_version, id, position, block_id, user_id)
                SELECT md5('g' || g)::uuid, 3, 'n' || n, n, 'text',
                       ('00000000-0000-0000-0000-' || lpad(to_hex(g % 20 + 1), 12, '0'))::uuid
                FROM generate_series(1, 4000) g, generate_series(1, 5) n;
                INSERT INTO {schema}.graph_executions (id, graph_id, graph_version, user_id, status, created_at)
                SELECT md5(i::text)::uuid, md5('g' || (i % 4000 + 1))::uuid, 3,
                       ('00000000-0000-0000-0000-' || lpad(to_hex(i % 7 + 1), 12, '0'))::uuid,
                       (ARRAY['queued','running','completed','failed','cancelled','timeout'])[i % 6 + 1],
                       timestamptz '2026-01-01' + i * interval '1 second'
                FROM generate_series(1, 200000) i;
                ANALYZE""");
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void graphSummaryPage_walksThePartialIndexAndAggregatesPerPageGraph() {
        String plan = Explain.plan(storage, "my graphs with stats (one statement per page)", GraphSummaryQuery.SQL, USER,
                OffsetDateTime.of(2026, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC), new UUID(-1L, -1L), 21);
        assertThat(plan).contains("graphs_active_by_owner").contains("graph_executions_by_graph")
                .doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void activeVersionAndNodes_useThePrimaryAndPartialIndexes() {
        UUID g = UUID.nameUUIDFromBytes("x".getBytes());
        assertThat(Explain.plan(storage, "active version of a graph",
                "SELECT " + GraphRows.GRAPH_COLUMNS + " FROM {schema}.graphs WHERE id = ? AND is_active", g))
                .contains("graphs_one_active_version").doesNotContain("Seq Scan");
        assertThat(Explain.plan(storage, "nodes of a version",
                "SELECT id FROM {schema}.graph_nodes WHERE graph_id = ? AND graph_version = ? AND user_id = ?"
                        + " ORDER BY position", g, 3, USER))
                .contains("graph_nodes_position_key").doesNotContain("Seq Scan");
    }
}
