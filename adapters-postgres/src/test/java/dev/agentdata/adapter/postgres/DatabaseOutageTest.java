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
            assertThat(storage.isReachable()).isTrue();
            assertThat(storage.users().findById(acked.id())).contains(acked);
        } finally {
            server.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
