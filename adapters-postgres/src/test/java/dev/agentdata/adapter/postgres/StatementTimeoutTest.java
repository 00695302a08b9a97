package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.domain.user.User;

/**
 * {@code DB_STATEMENT_TIMEOUT}: set once per pooled connection (no statement per request), a statement past it (a lock
 * wait included) is cancelled and reported as unavailable (a 503), and migrations lift it only for themselves.
 */
class StatementTimeoutTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private final PostgresStorage storage = new PostgresStorage(
            TestDatabase.freshSettings().withStatementTimeout(TIMEOUT))
            .start(new StartupRetry(Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(1)));

    @AfterEach
    void dispose() {
        TestDatabase.dispose(storage);
    }

    private String show() {
        return storage.jdbc().call(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW statement_timeout")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void pooledConnections_carryTheTimeout_evenAfterTheMigrations() {
        assertThat(show()).isEqualTo("500ms");
        assertThat(storage.transactions().inTransaction(this::show)).isEqualTo("500ms");
    }

    @Test
    void givenAStatementPastTheTimeout_itIsCancelled_andTheStorageIsUnavailable() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> storage.jdbc().call(c -> {
            try (Statement s = c.createStatement()) {
                return s.execute("SELECT pg_sleep(5)");
            }
        })).isInstanceOf(StorageUnavailableException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void givenARowLockedLongerThanTheTimeout_theWaitingUnitOfWorkGivesUp_andItsConnectionReturns() throws Exception {
        User user = storage.users().insertIfAbsent(User.fromClaims(UUID.randomUUID(), "locked@x.io", null, Fixtures.T0));
        try (Connection holder = storage.dataSource().getConnection(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("SET LOCAL statement_timeout = 0");
            lock.execute(storage.schema().sql("LOCK TABLE {schema}.users IN ACCESS EXCLUSIVE MODE"));
            long start = System.nanoTime();

            assertThatThrownBy(() -> storage.transactions().inTransaction(() -> storage.users().findById(user.id())))
                    .isInstanceOf(StorageUnavailableException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            holder.rollback();
        }
        assertThat(storage.users().findById(user.id())).contains(user);
        assertThat(storage.poolStats().active()).isZero();
    }
}
