package dev.agentdata.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StorageProvider;
import dev.agentdata.domain.user.User;

class MemoryStorageProviderTest {
    private static OpenedStorage open() {
        return new MemoryStorageProvider().open(StorageConfiguration.of(Map.of()), StorageContext.system());
    }

    @Test
    void serviceLoader_findsTheMemoryProvider() {
        assertThat(ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::get)
                .map(StorageProvider::kind)).contains("memory");
    }

    @Test
    void eachOpen_isAFreshEmptyStorage_alwaysReady_withoutMetersOrJobs() {
        UUID id = UUID.randomUUID();
        try (OpenedStorage first = open(); OpenedStorage second = open()) {
            first.ports().users().insertIfAbsent(User.fromClaims(id, "a@example.com", "A",
                    java.time.Instant.parse("2026-01-01T00:00:00Z")));

            assertThat(first.ports().users().findById(id)).isPresent();
            assertThat(second.ports().users().findById(id)).isEmpty();
            assertThat(first.readiness()).isEmpty();
            assertThat(first.meters()).isEmpty();
            assertThat(first.jobs()).isEmpty();
            assertThat(first.description()).isEqualTo("memory (lost on exit)");
        }
    }

    @Test
    void memory_declaresNoSettings() {
        assertThat(new MemoryStorageProvider().settings()).isEmpty();
    }
}
