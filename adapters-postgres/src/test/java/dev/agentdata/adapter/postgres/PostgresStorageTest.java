package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.StorageUnavailableException;

/** Start-up retries, readiness and outage mapping of the storage entry point. */
class PostgresStorageTest {
    private static final PostgresSettings UNREACHABLE =
            PostgresSettings.fromUrl("postgresql://postgres@127.0.0.1:1/nowhere?connect_timeout=1&pool_timeout=1");

    @Test
    void givenUnreachableDatabase_start_givesUpAfterBoundedAttemptsWithoutInternals() {
        try (PostgresStorage storage = new PostgresStorage(UNREACHABLE)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> storage.start(
                    new StartupRetry(Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofMillis(200))))
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessage("the database is unavailable");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
            assertThat(storage.isReachable()).isFalse();
        }
    }

    @Test
    void givenUnreachableDatabase_repositoryCall_isStorageUnavailable() {
        try (PostgresStorage storage = new PostgresStorage(UNREACHABLE)) {
            assertThatThrownBy(() -> storage.users().findById(UUID.randomUUID()))
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessage("the database is unavailable");
            assertThatThrownBy(() -> storage.graphs().exists(UUID.randomUUID(), UUID.randomUUID()))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> storage.transactions().run(() -> { }))
                    .isInstanceOf(StorageUnavailableException.class);
        }
    }

    @Test
    void givenReachableDatabase_isReachable_isTrueAndMigrationIsIdempotent() {
        PostgresStorage storage = TestDatabase.freshStorage();
        try {
            assertThat(storage.isReachable()).isTrue();
            storage.start(new StartupRetry(Duration.ZERO, Duration.ZERO, Duration.ZERO));
            assertThat(storage.isReachable()).isTrue();
        } finally {
            TestDatabase.dispose(storage);
        }
    }

    @Test
    void backOff_growsExponentiallyWithinTheCap() {
        StartupRetry r = new StartupRetry(Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofMillis(1000));
        for (int i = 0; i < 100; i++) {
            assertThat(r.delayMillis(1)).isBetween(0L, 100L);
            assertThat(r.delayMillis(3)).isBetween(0L, 400L);
            assertThat(r.delayMillis(30)).isBetween(0L, 1000L);
        }
    }
}
