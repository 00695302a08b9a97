package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.UserRepository;
import dev.agentdata.domain.user.EmailTakenException;
import dev.agentdata.domain.user.User;

/** Unit-of-work binding, rollback, nesting, DbClient joining, retries and error translation. */
class PostgresTransactionsTest {
    private static PostgresStorage storage;
    private static Transactions tx;
    private static UserRepository users;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
        tx = storage.transactions();
        users = storage.users();
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void givenFailureAfterAWrite_inTransaction_rollsBackTheWrite() {
        User u = Fixtures.user("rollback@x.io");
        assertThatThrownBy(() -> tx.run(() -> {
            users.insertIfAbsent(u);
            assertThat(users.findById(u.id())).isPresent();
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(users.findById(u.id())).isEmpty();
    }

    @Test
    void givenNestedUnits_inTransaction_joinsTheOuterOneAndRollsBackTogether() {
        User a = Fixtures.user("outer@x.io");
        User b = Fixtures.user("inner@x.io");
        assertThatThrownBy(() -> tx.run(() -> {
            users.insertIfAbsent(a);
            tx.run(() -> users.insertIfAbsent(b));
            throw new IllegalStateException("after inner");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(users.findById(a.id())).isEmpty();
        assertThat(users.findById(b.id())).isEmpty();
    }

    @Test
    void givenSuccessfulUnit_inTransaction_commitsAndReturnsTheResult() {
        User a = Fixtures.user("commit@x.io");
        UUID id = tx.inTransaction(() -> users.insertIfAbsent(a).id());
        assertThat(users.findById(id)).isPresent();
    }

    @Test
    void givenDbClientStatementInsideUnit_inTransaction_seesTheUnitsUncommittedRows() {
        User a = Fixtures.user("dbclient@x.io");
        long seen = tx.inTransaction(() -> {
            users.insertIfAbsent(a);
            String count = storage.schema().sql("SELECT count(*) AS n FROM {schema}.users WHERE id = ?::uuid");
            return storage.jdbc().db(db -> db.get(count, a.id())
                    .map(r -> r.column("n").get(Long.class)).orElse(0L));
        });
        assertThat(seen).isEqualTo(1);
    }

    @Test
    void givenSerializationFailureOnce_inTransaction_retriesTheWholeUnit() {
        AtomicInteger attempts = new AtomicInteger();
        User a = Fixtures.user("retry@x.io");
        tx.run(() -> {
            users.insertIfAbsent(a);
            if (attempts.incrementAndGet() == 1) {
                raise("40001");
            }
        });
        assertThat(attempts).hasValue(2);
        assertThat(users.findById(a.id())).isPresent();
    }

    @Test
    void givenDeadlockEveryTime_inTransaction_givesUpAfterBoundedAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> tx.run(() -> {
            attempts.incrementAndGet();
            raise("40P01");
        })).isInstanceOf(RetryableStorageException.class);
        assertThat(attempts).hasValue(PostgresTransactions.DEFAULT_MAX_ATTEMPTS);
    }

    @Test
    void givenRealDeadlock_inTransaction_retriesTheVictimAndBothUnitsCommit() throws Exception {
        User a = users.insertIfAbsent(Fixtures.user("deadlock-a@x.io"));
        User b = users.insertIfAbsent(Fixtures.user("deadlock-b@x.io"));
        java.util.concurrent.CyclicBarrier bothLockedOne = new java.util.concurrent.CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> crossUpdate(a, b, bothLockedOne, attempts));
            var second = pool.submit(() -> crossUpdate(b, a, bothLockedOne, attempts));
            first.get();
            second.get();
        }
        assertThat(attempts).hasValue(3);
        assertThat(users.findById(a.id()).orElseThrow().name()).isEqualTo("locked");
        assertThat(users.findById(b.id()).orElseThrow().name()).isEqualTo("locked");
    }

    private static void crossUpdate(User first, User second, java.util.concurrent.CyclicBarrier barrier,
                                    AtomicInteger attempts) {
        AtomicInteger mine = new AtomicInteger();
        tx.run(() -> {
            attempts.incrementAndGet();
            users.update(first.withProfile(null, "locked", null, null, null, Fixtures.at(1)));
            if (mine.incrementAndGet() == 1) {
                try {
                    barrier.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            users.update(second.withProfile(null, "locked", null, null, null, Fixtures.at(1)));
        });
    }

    @Test
    void givenConnectionFailureState_translate_isStorageUnavailableWithoutInternals() {
        assertThatThrownBy(() -> tx.run(() -> raise("08006")))
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessage("the database is unavailable");
    }

    @Test
    void givenDuplicateEmail_update_throwsEmailTaken() {
        User a = users.insertIfAbsent(Fixtures.user("taken@x.io"));
        User b = users.insertIfAbsent(Fixtures.user("other@x.io"));
        assertThatThrownBy(() -> users.update(b.withProfile("taken@x.io", null, null, null, null, Fixtures.at(5))))
                .isInstanceOf(EmailTakenException.class);
        assertThat(users.findById(a.id())).isPresent();
    }

    private static void raise(String sqlState) {
        storage.jdbc().call(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = '" + sqlState + "'; END $$");
            }
            return null;
        });
    }
}
