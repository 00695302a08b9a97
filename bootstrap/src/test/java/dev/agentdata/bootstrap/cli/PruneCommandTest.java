package dev.agentdata.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PruneCommandTest {
    private final OpsCli cli = new OpsCli();

    @AfterEach
    void drop() {
        cli.close();
    }

    private String databaseWithExecutions() {
        String url = cli.createDatabase();
        OpsCli.sql(url,
                "create table graph_executions (id uuid primary key, status text not null,"
                        + " created_at timestamptz not null, started_at timestamptz, ended_at timestamptz)",
                "create table node_executions (id uuid primary key, graph_execution_id uuid not null"
                        + " references graph_executions (id) on delete cascade)",
                "insert into graph_executions select gen_random_uuid(), 'completed', now() - interval '40 days',"
                        + " now() - interval '40 days', now() - interval '30 days' from generate_series(1, 25)",
                "insert into graph_executions select gen_random_uuid(), 'failed', now() - interval '2 days',"
                        + " now() - interval '2 days', now() - interval '1 day' from generate_series(1, 3)",
                "insert into graph_executions select gen_random_uuid(), 'running', now() - interval '90 days',"
                        + " now() - interval '90 days', null from generate_series(1, 2)",
                "create table execution_events (execution_id uuid not null, seq bigint not null)",
                "insert into node_executions select gen_random_uuid(), id from graph_executions, generate_series(1, 4)",
                "insert into execution_events select id, s from graph_executions, generate_series(1, 3) s");
        return url;
    }

    @Test
    void givenOldAndRecentExecutions_prune_deletesOnlyOldFinishedOnes() {
        String url = databaseWithExecutions();

        OpsCli.Run run = OpsCli.run(OpsCli.config(Map.of("db.url", url)), "prune", "--older-than", "14d",
                "--batch-size", "10");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("pruned 25 executions and 100 node executions");
        assertThat(OpsCli.count(url, "select count(*) from graph_executions")).isEqualTo(5);
        assertThat(OpsCli.count(url, "select count(*) from graph_executions where status = 'running'")).isEqualTo(2);
        assertThat(OpsCli.count(url, "select count(*) from node_executions")).isEqualTo(20);
        assertThat(OpsCli.count(url, "select count(*) from execution_events")).as("events go with their execution")
                .isEqualTo(15);
    }

    @Test
    void givenBadAge_prune_failsWithoutDeleting() {
        String url = databaseWithExecutions();

        OpsCli.Run run = OpsCli.run(OpsCli.config(Map.of("db.url", url)), "prune", "--older-than", "14x");

        assertThat(run.exit()).as("a usage error").isEqualTo(2);
        assertThat(run.err()).contains("--older-than must be a duration");
        assertThat(run.err().strip()).doesNotContain("\n");
        assertThat(OpsCli.count(url, "select count(*) from graph_executions")).isEqualTo(30);
    }

    @Test
    void givenNoAge_prune_isAUsageError() {
        OpsCli.Run run = OpsCli.run(OpsCli.config(Map.of()), "prune");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--older-than");
    }
}
