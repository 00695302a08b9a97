package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.domain.user.User;

/** The database goes away and comes back: calls fail as unavailable meanwhile, then work again without a restart. */
class DatabaseOutageTest {
    @TempDir
    Path tmp;

    @Test
    void givenDatabaseRestarted_storage_recoversAndKeepsAcknowledgedRows() throws IOException {
        int port = freePort();
        Path dir = tmp.resolve("pg");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, port);
        PostgresSettings settings = server.settings("outage").withTimeouts(1, 1);
        try (PostgresStorage storage = new PostgresStorage(settings)) {
            storage.start(StartupRetry.defaults());
            User acked = storage.users().insertIfAbsent(User.fromClaims(UUID.randomUUID(), "acked@x.io", null, Fixtures.T0));

            server.close();
            assertThat(storage.isReachable()).isFalse();
            assertThatThrownBy(() -> storage.users().findById(acked.id()))
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessage("the database is unavailable");
            assertThatThrownBy(() -> storage.transactions().run(() -> storage.users().findById(acked.id())))
                    .isInstanceOf(StorageUnavailableException.class);

            server = EmbeddedPostgresServer.start(dir, port);
            awaitReachable(storage);
            assertThat(storage.users().findById(acked.id())).contains(acked);
        } finally {
            server.close();
        }
    }

    @Test
    void givenPostmasterKilledUnderLoad_restart_losesNoAcknowledgedCommit() throws Exception {
        int port = freePort();
        Path dir = tmp.resolve("crash");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, port);
        java.util.Set<UUID> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (PostgresStorage storage = new PostgresStorage(server.settings("crash").withTimeouts(1, 1))) {
            storage.start(StartupRetry.defaults());
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
                for (int t = 0; t < 4; t++) {
                    pool.submit(() -> {
                        while (!stop.get()) {
                            UUID id = UUID.randomUUID();
                            try {
                                storage.users().insertIfAbsent(User.fromClaims(id, id + "@x.io", null, Fixtures.T0));
                                acknowledged.add(id);
                            } catch (RuntimeException e) {
                                sleepQuietly();
                            }
                        }
                    });
                }
                Thread.sleep(1500);
                long pid = Long.parseLong(java.nio.file.Files.readAllLines(dir.resolve("postmaster.pid")).getFirst().trim());
                new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
                Thread.sleep(500);
                server.close();
                server = EmbeddedPostgresServer.start(dir, port);
                Thread.sleep(1000);
                stop.set(true);
            }
            assertThat(acknowledged).hasSizeGreaterThan(10);
            awaitReachable(storage);
            System.out.printf("%d commits acknowledged around a kill -9 of the postmaster; all present after restart%n",
                    acknowledged.size());
            for (UUID id : acknowledged) {
                assertThat(storage.users().findById(id)).as("acknowledged user %s", id).isPresent();
            }
        } finally {
            server.close();
        }
    }

    /** Readiness comes back on its own once the database answers again (the pool replaces dead connections). */
    private static void awaitReachable(PostgresStorage storage) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!storage.isReachable()) {
            assertThat(System.nanoTime()).as("database reachable again within 60 s").isLessThan(deadline);
            sleepQuietly();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
