package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.domain.user.User;

/**
 * The storage through a real PgBouncer in transaction pooling mode: the same statements repeated on many connections
 * (server-side prepared statements would collide there), snapshot reads that leave no session setting behind, and
 * the statement timeout, which cannot be a session setting there, still cancelling statements and lock waits.
 */
class PgBouncerStorageTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private final TestPgBouncer bouncer = TestPgBouncer.shared();
    private final PostgresStorage storage = start();

    private PostgresStorage start() {
        String schema = TestDatabase.freshSchemaName();
        return new PostgresStorage(bouncer.settings(schema).withStatementTimeout(TIMEOUT),
                TestDatabase.serverSettings().withSchema(schema).withPoolSize(2))
                .start(new StartupRetry(Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    @AfterEach
    void dispose() {
        TestDatabase.dispose(storage);
    }

    @Test
    void urlMarkedPgBouncer_isThroughAPooler_andTheMarkLeavesTheUrl() {
        assertThat(storage.settings().transactionPooler()).isTrue();
        assertThat(storage.settings().jdbcUrl()).doesNotContain("pgbouncer").contains(":" + bouncer.port() + "/");
        assertThat(storage.directSettings().transactionPooler()).isFalse();
    }

    @Test
    void givenEightThreadsRepeatingTheSameStatements_everyCallAnswers() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    int found = 0;
                    for (int i = 0; i < 40; i++) {
                        User u = storage.users().insertIfAbsent(Fixtures.user(UUID.randomUUID() + "@x.io"));
                        found += storage.transactions().inTransaction(() -> storage.users().findById(u.id()))
                                .isPresent() ? 1 : 0;
                    }
                    return found;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(40);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void snapshotReads_leaveNoIsolationOrReadOnlyOnTheServerConnections() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                reads.add(threads.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        storage.graphs().findActive(UUID.randomUUID(), UUID.randomUUID());
                    }
                }));
            }
            for (Future<?> f : reads) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        for (int i = 0; i < 30; i++) {
            String setting = storage.transactions().inTransaction(() -> storage.jdbc().call(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT current_setting('transaction_isolation'),"
                             + " current_setting('transaction_read_only')")) {
                    rs.next();
                    return rs.getString(1) + "/" + rs.getString(2);
                }
            }));
            assertThat(setting).isEqualTo("read committed/off");
        }
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
        User user = storage.users().insertIfAbsent(Fixtures.user("locked@x.io"));
        PostgresSettings direct = storage.directSettings();
        try (Connection holder = java.sql.DriverManager.getConnection(direct.jdbcUrl(), direct.user(),
                direct.password()); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
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
