package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.domain.user.User;

/**
 * While the database is known to be down, calls fail at once instead of waiting out the pool timeout; after a failed
 * probe the circuit opens (one log line), the probe closes it again once the database is back (one log line).
 * The database is an embedded Postgres of this test's own, stopped and started on one port.
 */
class DatabaseCircuitTest {
    private static final int POOL_TIMEOUT_SECONDS = 3;

    @TempDir
    Path tmp;

    @Test
    void givenTheDatabaseStopped_callsFailAtOnceOnceItIsKnownDown_andWorkAgainWhenItIsBack() throws Exception {
        int port = freePort();
        Path dir = tmp.resolve("pg");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, port);
        Logger logger = Logger.getLogger(DatabaseCircuit.class.getName());
        List<LogRecord> log = new CopyOnWriteArrayList<>();
        Handler handler = collect(log);
        logger.addHandler(handler);
        try (PostgresStorage storage = new PostgresStorage(server.settings("circuit").withTimeouts(1,
                POOL_TIMEOUT_SECONDS))) {
            storage.start(StartupRetry.defaults());
            User user = storage.users().insertIfAbsent(User.fromClaims(UUID.randomUUID(), "c@x.io", null, Fixtures.T0));

            server.close();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (!storage.isKnownDown()) {
                long call = System.nanoTime();
                assertThatThrownBy(() -> storage.users().findById(user.id()))
                        .isInstanceOf(StorageUnavailableException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - call))
                        .as("a call before the circuit opens waits at most the pool timeout plus a second")
                        .isLessThan(Duration.ofSeconds(POOL_TIMEOUT_SECONDS + 1));
                assertThat(System.nanoTime()).as("known down within 15 s").isLessThan(deadline);
            }

            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                assertThatThrownBy(() -> storage.transactions().inTransaction(() -> storage.users().findById(user.id())))
                        .isInstanceOf(StorageUnavailableException.class)
                        .hasMessage("the database is unavailable");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("100 calls while known down")
                    .isLessThan(Duration.ofSeconds(1));
            assertThat(log).filteredOn(r -> r.getLevel() == Level.WARNING).hasSize(1);

            server = EmbeddedPostgresServer.start(dir, port);
            await(() -> !storage.isKnownDown());

            assertThat(storage.users().findById(user.id())).contains(user);
            assertThat(log).filteredOn(r -> r.getLevel() == Level.INFO).hasSize(1);
            assertThat(log).filteredOn(r -> r.getLevel() == Level.WARNING).hasSize(1);
        } finally {
            logger.removeHandler(handler);
            server.close();
        }
    }

    @Test
    void givenABusyPool_aTimeoutAlone_doesNotOpenTheCircuit() throws Exception {
        PostgresStorage storage = new PostgresStorage(TestDatabase.freshSettings().withPoolSize(2).withTimeouts(5, 1))
                .start(new StartupRetry(Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(1)));
        try {
            try (var first = storage.dataSource().getConnection(); var second = storage.dataSource().getConnection()) {
                assertThatThrownBy(() -> storage.users().findById(UUID.randomUUID()))
                        .as("both connections are taken").isInstanceOf(StorageUnavailableException.class);
                Thread.sleep(3_000);

                assertThat(storage.isKnownDown()).as("the probe found the database answering").isFalse();
            }
            assertThat(storage.users().findById(UUID.randomUUID())).isEmpty();
        } finally {
            TestDatabase.dispose(storage);
        }
    }

    private static Handler collect(List<LogRecord> into) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                into.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        return handler;
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
