package dev.agentdata.adapter.postgres.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Explain;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.StartupRetry;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.domain.execution.ExecutionStats;

/** V5 fills the run stats of executions that existed before it from their node executions. */
class ExecutionStatsMigrationTest {
    private static final UUID BUSY = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID BARE = UUID.fromString("00000000-0000-0000-0000-0000000000e2");

    @Test
    void givenExecutionsMadeBeforeV5_migration_countsTheirNodeExecutionsAndCharges() {
        PostgresStorage storage = new PostgresStorage(TestDatabase.freshSettings());
        try {
            String schema = storage.settings().schema();
            Flyway.configure().dataSource(storage.dataSource()).schemas(schema).defaultSchema(schema)
                    .createSchemas(true).locations("classpath:db/migration").target("4").load().migrate();
            Explain.sql(storage, """
                    INSERT INTO {schema}.users (id, email) VALUES ('00000000-0000-0000-0000-000000000001', 'a@example.com');
                    INSERT INTO {schema}.graphs (id, version, is_active, user_id, name, created_at, updated_at)
                    VALUES ('00000000-0000-0000-0000-0000000000a0', 1, true, '00000000-0000-0000-0000-000000000001',
                            'g', now(), now());
                    INSERT INTO {schema}.graph_executions (id, graph_id, graph_version, user_id, status, created_at)
                    SELECT e, '00000000-0000-0000-0000-0000000000a0', 1, '00000000-0000-0000-0000-000000000001',
                           'running', now()
                      FROM unnest(ARRAY['%s', '%s']::uuid[]) e;
                    INSERT INTO {schema}.node_executions (id, graph_execution_id, node_id, status, execution_cost, created_at)
                    SELECT gen_random_uuid(), '%s', 'n', s, c, now()
                      FROM (VALUES ('queued', 0), ('queued', 0), ('running', 0), ('completed', 2), ('completed', 3),
                                   ('completed', 0), ('failed', 0), ('cancelled', 0), ('timeout', 0),
                                   ('timeout', 0)) v(s, c);
                    """.formatted(BUSY, BARE, BUSY));

            storage.start(new StartupRetry(3, Duration.ofMillis(100), Duration.ofSeconds(1)));

            assertThat(storage.executions().findForOperator(BUSY).orElseThrow().stats())
                    .isEqualTo(new ExecutionStats(2, 1, 3, 1, 1, 2, 5));
            assertThat(storage.executions().findForOperator(BARE).orElseThrow().stats()).isEqualTo(ExecutionStats.NONE);
        } finally {
            TestDatabase.dispose(storage);
        }
    }
}
