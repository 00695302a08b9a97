package dev.agentdata.adapter.postgres.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.agentdata.adapter.postgres.Explain;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.GraphExecution;

/** First page vs a page ~900,000 rows deep over 1,000,000 executions of one user (run with -Dbench=true). */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DeepPageBenchmarkTest {
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static PostgresStorage storage;

    @BeforeAll
    static void seed() {
        storage = TestDatabase.freshStorage();
        Explain.sql(storage, """
                INSERT INTO {schema}.users (id, email) VALUES ('00000000-0000-0000-0000-000000000001', 'b@example.com');
                INSERT INTO {schema}.graphs (id, version, is_active, user_id, name, created_at, updated_at)
                VALUES ('00000000-0000-0000-0000-0000000000aa', 1, true, '00000000-0000-0000-0000-000000000001', 'g', now(), now());
                INSERT INTO {schema}.graph_executions (id, graph_id, graph_version, user_id, status, created_at)
                SELECT md5(i::text)::uuid, '00000000-0000-0000-0000-0000000000aa', 1,
                       '00000000-0000-0000-0000-000000000001', 'completed',
                       timestamptz '2026-01-01' + i * interval '1 second'
                FROM generate_series(1, 1000000) i;
                ANALYZE {schema}.graph_executions""");
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void deepPage_costsAboutWhatTheFirstDoes() {
        ExecutionFilter filter = new ExecutionFilter(USER, Optional.empty(), Optional.empty());
        Page<GraphExecution> first = storage.executions().list(filter, PageRequest.first(20));
        Cursor deep = Cursor.of(Long.toString(1767225600L * 1_000_000L + 100_000L * 1_000_000L), new UUID(-1L, -1L).toString());
        Page<GraphExecution> deepPage = storage.executions().list(filter, new PageRequest(20, Optional.of(deep), false));
        assertThat(first.items()).hasSize(20);
        assertThat(deepPage.items()).hasSize(20);
        long firstMicros = medianMicros(() -> storage.executions().list(filter, PageRequest.first(20)));
        long deepMicros = medianMicros(() -> storage.executions().list(filter, new PageRequest(20, Optional.of(deep), false)));
        System.out.printf("1,000,000 executions: first page %d us, deep page (row ~900,000) %d us, ratio %.2f%n",
                firstMicros, deepMicros, (double) deepMicros / firstMicros);
    }

    private static long medianMicros(Runnable r) {
        long[] t = new long[201];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - t0) / 1000;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }
}
