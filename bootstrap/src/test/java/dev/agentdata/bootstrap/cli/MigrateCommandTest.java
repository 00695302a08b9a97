package dev.agentdata.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MigrateCommandTest {
    private final OpsCli cli = new OpsCli();

    @AfterEach
    void drop() {
        cli.close();
    }

    @Test
    void givenEmptyDatabase_infoThenMigrate_listsPendingAppliesThemAndIsIdempotent() {
        String url = cli.createDatabase();
        var config = OpsCli.config(Map.of("db.url", url));

        OpsCli.Run before = OpsCli.run(config, "migrate", "--info");
        OpsCli.Run migrate = OpsCli.run(config, "migrate");
        OpsCli.Run again = OpsCli.run(config, "migrate");
        OpsCli.Run after = OpsCli.run(config, "migrate", "--info");

        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(before.out()).containsPattern("(?m)^1 +Pending +- +core$").doesNotContain("\n0 pending");
        assertThat(migrate.exit()).as(migrate.err()).isZero();
        assertThat(migrate.out()).containsPattern("applied \\d+ migration\\(s\\)");
        assertThat(again.out()).contains("schema is up to date");
        assertThat(after.out()).containsPattern("(?m)^1 +Success ").endsWith("0 pending" + System.lineSeparator());
        assertThat(OpsCli.count(url, "select count(*) from information_schema.tables"
                + " where table_schema = 'public' and table_name = 'graph_executions'")).isEqualTo(1);
    }

    @Test
    void givenSchemaSetting_migrate_createsTheTablesInThatSchema() {
        String url = cli.createDatabase();

        OpsCli.Run run = OpsCli.run(OpsCli.config(Map.of("db.url", url, "db.schema", "tenant_a")), "migrate");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(OpsCli.count(url, "select count(*) from information_schema.tables"
                + " where table_schema = 'tenant_a' and table_name = 'node_executions'")).isEqualTo(1);
    }

    @Test
    void givenSchemaInTheUrl_migrate_usesItAsServeDoes() {
        String url = cli.createDatabase();

        OpsCli.Run run = OpsCli.run(OpsCli.config(Map.of("db.url", url + "?schema=tenant_b")), "migrate");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(OpsCli.count(url, "select count(*) from information_schema.tables"
                + " where table_schema = 'tenant_b' and table_name = 'node_executions'")).isEqualTo(1);
    }

    @Test
    void givenUnreachableDatabase_migrateInfo_waitsDbStartupTimeout_thenFailsWithTheDatabaseExitCode() {
        OpsCli.Run run = OpsCli.run(OpsCli.config(Map.of("db.url", "postgresql://postgres@127.0.0.1:1/none",
                "db.startup-timeout", "1")), "migrate", "--info");

        assertThat(run.exit()).as("the database cannot be used").isEqualTo(3);
        assertThat(run.err()).startsWith("agentdata migrate: the database at 127.0.0.1:1/none did not answer within"
                + " 1 s (DB_STARTUP_TIMEOUT): Connection to 127.0.0.1:1 refused");
    }
}
