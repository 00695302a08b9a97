package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.ops.PgTarget;
import dev.agentdata.application.port.out.StorageUnavailableException;

/**
 * A wrong database URL fails at once with PostgreSQL's own reason; only what can heal is retried, within the wait
 * given, one log line per retry. Run against the test server (the machine's Postgres or the embedded one).
 */
class StartupRetryTest {
    private static final StartupRetry HALF_A_MINUTE = StartupRetry.within(Duration.ofSeconds(30));
    private final Logger logger = Logger.getLogger(StartupRetry.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    /** The test server's URL with another database, user or port. */
    private static PostgresSettings onTheTestServer(String user, int port, String database) {
        PgTarget server = TestDatabase.serverTarget();
        return PostgresSettings.fromUrl("postgresql://" + user + "@" + server.host() + ":" + port + "/" + database
                + "?connect_timeout=2");
    }

    private static Duration timed(Runnable action) {
        long t0 = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    @Test
    void anUnknownDatabase_failsAtOnce_withPostgresqlsOwnMessage() {
        PgTarget server = TestDatabase.serverTarget();
        PostgresSettings missing = onTheTestServer(server.user(), server.port(), "agentdata_no_such_database");

        Duration took = timed(() -> assertThatThrownBy(() -> PostgresStorage.open(missing, HALF_A_MINUTE))
                .isInstanceOf(UnusableDatabaseException.class)
                .hasMessageContaining("database \"agentdata_no_such_database\" does not exist")
                .hasMessageNotContaining("\n"));

        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(records).as("no retries").isEmpty();
    }

    @Test
    void anUnknownRole_failsAtOnce_withPostgresqlsOwnMessage() {
        PgTarget server = TestDatabase.serverTarget();
        PostgresSettings stranger = onTheTestServer("agentdata_no_such_role", server.port(), server.database());

        Duration took = timed(() -> assertThatThrownBy(() -> PostgresStorage.open(stranger, HALF_A_MINUTE))
                .isInstanceOf(UnusableDatabaseException.class)
                .hasMessageContaining("\"agentdata_no_such_role\""));

        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aClosedPort_isRetriedWithinTheWait_eachRetryLoggedInOneLineWithItsReason() {
        PgTarget server = TestDatabase.serverTarget();
        PostgresSettings closed = onTheTestServer(server.user(), 1, server.database());
        StartupRetry briefly = new StartupRetry(Duration.ofMillis(1500), Duration.ofMillis(100),
                Duration.ofMillis(400));

        Duration took = timed(() -> assertThatThrownBy(() -> PostgresStorage.open(closed, briefly))
                .isInstanceOf(StorageUnavailableException.class)
                .hasRootCauseInstanceOf(java.net.ConnectException.class));

        assertThat(took).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(6));
        assertThat(records).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> {
            String line = java.text.MessageFormat.format(r.getMessage(), r.getParameters());
            assertThat(line).startsWith("database not reachable yet (").contains("refused").contains("retrying in ")
                    .doesNotContain("\n");
        });
    }

    @Test
    void aZeroWait_triesOnce() {
        PgTarget server = TestDatabase.serverTarget();
        PostgresSettings closed = onTheTestServer(server.user(), 1, server.database());

        assertThatThrownBy(() -> PostgresStorage.open(closed, StartupRetry.within(Duration.ZERO)))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(records).isEmpty();
    }

    @Test
    void onlyFailuresThatCanHeal_areRetried() {
        assertThat(StartupRetry.canHeal(new SQLException("refused", "08001"))).isTrue();
        assertThat(StartupRetry.canHeal(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(StartupRetry.canHeal(new SQLException("sorry, too many clients already", "53300"))).isTrue();
        assertThat(StartupRetry.canHeal(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(StartupRetry.canHeal(new SQLException("database \"x\" does not exist", "3D000"))).isFalse();
        assertThat(StartupRetry.canHeal(new SQLException("role \"x\" does not exist", "28000"))).isFalse();
        assertThat(StartupRetry.canHeal(new SQLException("password authentication failed", "28P01"))).isFalse();
        assertThat(StartupRetry.canHeal(new SQLException("unknown host", "08001", new UnknownHostException("db"))))
                .isFalse();
        assertThat(StartupRetry.canHeal(new SQLException("no state"))).isFalse();
    }

    @Test
    void aServerMessage_isReportedOnOneLine() {
        SQLException withHint = new SQLException("FATAL: database \"x\" does not exist\n  Hint: create it first",
                "3D000");

        assertThat(StartupRetry.oneLine(withHint))
                .isEqualTo("FATAL: database \"x\" does not exist Hint: create it first");
    }
}
