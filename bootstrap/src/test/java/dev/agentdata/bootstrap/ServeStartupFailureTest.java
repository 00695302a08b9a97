package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.adapter.postgres.EmbeddedPostgresServer;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.adapter.postgres.ops.PgTarget;

/**
 * {@code serve} that cannot start says why in one line and exits, at once, with its own code: an occupied port
 * (after releasing the storage it had opened), a database that does not exist, one that does not answer.
 */
class ServeStartupFailureTest {
    private static final String SECRET = "startup-failure-secret-0123456789abcdefgh";
    private static final Duration AT_ONCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private record Outcome(int exit, String err, Duration took) {
    }

    private static Outcome serve(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("JWT_SECRET", SECRET);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = assertTimeoutPreemptively(AT_ONCE,
                () -> Main.run(ConfigLoader.load(all), new String[] {"serve"}, stdout, stderr));
        return new Outcome(exit, err.toString(StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - t0));
    }

    private static ServerSocket occupy() throws IOException {
        ServerSocket taken = new ServerSocket();
        taken.bind(new InetSocketAddress("127.0.0.1", 0));
        return taken;
    }

    @Test
    void anOccupiedPort_isOneLineNamingThePortAndTheVariable_andItsOwnExitCode() throws IOException {
        try (ServerSocket taken = occupy()) {
            Outcome outcome = serve(Map.of("STORAGE", "memory", "SERVER_HOST", "127.0.0.1",
                    "SERVER_PORT", Integer.toString(taken.getLocalPort())));

            assertThat(outcome.exit()).isEqualTo(Main.PORT_UNAVAILABLE).isEqualTo(4);
            assertThat(outcome.err()).isEqualTo("agentdata: port " + taken.getLocalPort()
                    + " is in use; set SERVER_PORT" + System.lineSeparator());
        }
    }

    @Test
    void anAddressThisMachineDoesNotHave_isOneLineNamingBothVariables() {
        Outcome outcome = serve(Map.of("STORAGE", "memory", "SERVER_HOST", "203.0.113.7", "SERVER_PORT", "8080"));

        assertThat(outcome.exit()).isEqualTo(Main.PORT_UNAVAILABLE);
        assertThat(outcome.err()).startsWith("agentdata: cannot listen on 203.0.113.7:8080: ")
                .endsWith("; set SERVER_HOST or SERVER_PORT" + System.lineSeparator()).hasLineCount(1);
    }

    @Test
    void anOccupiedPort_afterTheEmbeddedDatabaseStarted_stopsItAgain() throws IOException {
        Path data = dir.resolve("pg");
        try (ServerSocket taken = occupy()) {
            AppConfig config = AppConfig.from(ConfigLoader.load(Map.of("DATA_DIR", data.toString(),
                    "SERVER_HOST", "127.0.0.1", "SERVER_PORT", Integer.toString(taken.getLocalPort()),
                    "JWT_SECRET", SECRET)));

            assertThatThrownBy(() -> RunningServer.start(config))
                    .isInstanceOf(StartupException.class)
                    .hasMessage("port " + taken.getLocalPort() + " is in use; set SERVER_PORT");
        }
        assertThat(data.resolve("PG_VERSION")).as("the embedded database had started").exists();
        assertThat(Files.exists(data.resolve("postmaster.pid"))).as("and was stopped").isFalse();
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data)) {
            assertThat(again.port()).as("the data directory is free again").isPositive();
        }
    }

    @Test
    void aDatabaseThatDoesNotExist_failsAtOnceWithPostgresqlsReason() {
        PgTarget server = TestDatabase.serverTarget();
        String url = "postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/agentdata_absent";

        Outcome outcome = serve(Map.of("DATABASE_URL", url, "SERVER_PORT", "0"));

        assertThat(outcome.exit()).isEqualTo(Main.STORAGE_ERROR);
        assertThat(outcome.err()).startsWith("agentdata: the database at jdbc:postgresql://")
                .contains("cannot be used: FATAL: database \"agentdata_absent\" does not exist")
                .contains("check DATABASE_URL").hasLineCount(1);
        assertThat(outcome.took()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aDatabaseThatDoesNotAnswer_isRetriedForDbStartupTimeout_thenOneLine() {
        PgTarget server = TestDatabase.serverTarget();
        String url = "postgresql://" + server.user() + "@127.0.0.1:1/" + server.database();

        Outcome outcome = serve(Map.of("DATABASE_URL", url, "DB_STARTUP_TIMEOUT", "2", "SERVER_PORT", "0"));

        assertThat(outcome.exit()).isEqualTo(Main.STORAGE_ERROR);
        assertThat(outcome.err()).contains("did not answer within 2 s (DB_STARTUP_TIMEOUT): Connection to 127.0.0.1:1"
                + " refused").hasLineCount(1);
        assertThat(outcome.took()).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(15));
    }

    @Test
    void pgBouncerWithoutDirectUrl_isOneLineNamingDirectUrl_andExitCode2() {
        Outcome marked = serve(Map.of("DATABASE_URL", TestDatabase.databaseUrl() + "&pgbouncer=true",
                "SERVER_PORT", "0"));
        Outcome flagged = serve(Map.of("DATABASE_URL", TestDatabase.databaseUrl(), "DB_PGBOUNCER", "true",
                "SERVER_PORT", "0"));

        for (Outcome outcome : java.util.List.of(marked, flagged)) {
            assertThat(outcome.exit()).isEqualTo(Main.CONFIG_ERROR).isEqualTo(2);
            assertThat(outcome.err()).startsWith("agentdata: DIRECT_URL is required when DATABASE_URL goes through"
                    + " PgBouncer").hasLineCount(1);
        }
    }
}
