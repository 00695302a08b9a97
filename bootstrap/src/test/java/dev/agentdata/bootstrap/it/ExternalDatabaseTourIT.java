package dev.agentdata.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.adapter.postgres.EmbeddedPostgresServer;
import dev.agentdata.adapter.postgres.PostgresSettings;

/**
 * The README tour through the real jar on an external Postgres: DATABASE_URL is TEST_DATABASE_URL when set
 * (otherwise a Postgres this test starts), DB_SCHEMA a fresh schema dropped afterwards.
 */
class ExternalDatabaseTourIT {
    private static final UUID ADA = UUID.fromString("3f1c1d2e-5b7a-4c1e-9a51-6f0e2b8d4a10");
    private static EmbeddedPostgresServer ownServer;
    private static String databaseUrl;
    private static final String SCHEMA = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    @TempDir
    static Path dir;

    @BeforeAll
    static void database() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            databaseUrl = url.strip();
        } else {
            ownServer = EmbeddedPostgresServer.start(dir.resolve("external-pg"));
            databaseUrl = "postgresql://postgres@localhost:" + ownServer.port() + "/postgres";
        }
    }

    @AfterAll
    static void dropSchema() throws Exception {
        try {
            PostgresSettings s = PostgresSettings.fromUrl(databaseUrl);
            try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
                 Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS \"" + SCHEMA + "\" CASCADE");
            }
        } finally {
            if (ownServer != null) {
                ownServer.close();
            }
        }
    }

    @Test
    void readmeTour_onDatabaseUrl_tokenCommandGraphExecutionLifecycle() {
        Map<String, String> env = Map.of("JWT_SECRET", Tour.SECRET, "DATABASE_URL", databaseUrl, "DB_SCHEMA", SCHEMA,
                "DATA_DIR", dir.resolve("unused-data-dir").toString());
        try (JarProcess server = JarProcess.start("external-serve", env, "serve")) {
            JarProcess.Result token = JarProcess.run("external-token", Map.of("JWT_SECRET", Tour.SECRET),
                    Duration.ofSeconds(30), "token", "--sub", ADA.toString(), "--email", "ada@example.org",
                    "--name", "Ada");
            assertThat(token.exitCode()).as(token.output()).isZero();
            String jwt = token.output().strip().lines().reduce((a, b) -> b).orElseThrow();
            server.awaitReady(Duration.ofSeconds(60));
            Api api = new Api(server.base(), jwt);

            var me = api.get("/api/v1/me", 200);
            assertThat(me.get("id").asText()).isEqualTo(ADA.toString());
            assertThat(me.get("name").asText()).isEqualTo("Ada");
            String graphId = Tour.createEchoGraph(api);
            String executionId = Tour.startExecution(api, graphId);
            Tour.runToCompletion(api, executionId);
            Tour.assertStored(api, graphId, executionId, "completed");
            assertThat(api.get("/api/v1/executions?graph_id=" + graphId, 200).toString()).contains(executionId);
            assertThat(server.stop(Duration.ofSeconds(30))).isIn(0, 143);
        }
    }
}
