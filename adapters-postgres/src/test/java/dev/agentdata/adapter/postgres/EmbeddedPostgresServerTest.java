package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs zonky for real (as root here too): persistence across restarts, a killed JVM's postmaster, a held directory. */
class EmbeddedPostgresServerTest {
    @TempDir
    Path tmp;

    @Test
    void givenRowsCommitted_restart_keepsThem() throws Exception {
        Path dir = tmp.resolve("pg");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            exec(server.dataSource(), "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
            assertThat(query(server.dataSource(), "SHOW fsync")).isEqualTo("on");
            assertThat(query(server.dataSource(), "SHOW synchronous_commit")).isEqualTo("on");
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dir)) {
            assertThat(query(again.dataSource(), "SELECT v FROM kept")).isEqualTo("42");
        }
    }

    @Test
    void openEmbedded_migratesServesAndStopsItsServerOnClose() {
        Path dir = tmp.resolve("owned");
        java.util.UUID id = java.util.UUID.randomUUID();
        try (PostgresStorage storage = PostgresStorage.openEmbedded(dir, "public")) {
            storage.users().insertIfAbsent(dev.agentdata.domain.user.User.fromClaims(id, "e@x.io", null, Fixtures.T0));
            assertThat(storage.isReachable()).isTrue();
            assertThat(storage.poolStats().max()).isEqualTo(PostgresSettings.DEFAULT_POOL_SIZE);
            assertThat(storage.poolStats().total()).isPositive();
        }
        try (PostgresStorage again = PostgresStorage.openEmbedded(dir, "public")) {
            assertThat(again.users().findById(id)).isPresent();
        }
    }

    @Test
    void givenDirectoryInUse_start_failsWithAClearMessage() {
        Path dir = tmp.resolve("busy");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void givenPostmasterLeftByAKilledJvm_start_stopsItAndKeepsCommittedRows() throws Exception {
        Path dir = tmp.resolve("killed");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedPostgresChild.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int port = -1;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ready ")) {
                    port = Integer.parseInt(line.substring(6).trim());
                    break;
                }
            }
            assertThat(port).isPositive();
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setUrl("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
            exec(ds, "CREATE TABLE acked (v int); INSERT INTO acked VALUES (7)");
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running agentdata process");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(dir.resolve("postmaster.pid"))).isTrue();
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dir)) {
            assertThat(query(again.dataSource(), "SELECT v FROM acked")).isEqualTo("7");
        }
    }

    private static void exec(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
