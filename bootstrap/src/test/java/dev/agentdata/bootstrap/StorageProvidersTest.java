package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.Setting;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StorageOpenException;
import dev.agentdata.application.port.out.storage.StorageProvider;

class StorageProvidersTest {
    /** A provider whose open fails with {@code failure}. */
    private record FailingProvider(Exception failure) implements StorageProvider {
        @Override
        public String kind() {
            return "failing";
        }

        @Override
        public List<Setting> settings() {
            return List.of();
        }

        @Override
        public OpenedStorage open(StorageConfiguration configuration, StorageContext context)
                throws InvalidSettingException, StorageOpenException {
            if (failure instanceof InvalidSettingException invalid) {
                throw invalid;
            }
            throw (StorageOpenException) failure;
        }
    }

    private static StorageSettings settings(StorageProvider provider) {
        return new StorageSettings(provider, StorageConfiguration.of(Map.of()), List.of(), true, 10);
    }

    @Test
    void installed_areFoundOnTheClassPath_byKind() {
        assertThat(StorageProviders.installed()).extracting(StorageProvider::kind).containsExactly("memory", "postgres");
        assertThat(StorageProviders.select(" Memory ").kind()).isEqualTo("memory");
    }

    @Test
    void givenUnknownKind_select_isAOneLineConfigurationErrorListingTheInstalledOnes() {
        assertThatThrownBy(() -> StorageProviders.select("mongo"))
                .isInstanceOf(StartupException.class)
                .hasMessage("STORAGE must be one of memory, postgres, was 'mongo'")
                .satisfies(e -> assertThat(((StartupException) e).exitCode()).isEqualTo(Main.CONFIG_ERROR));
    }

    @Test
    void environmentTable_includesEveryProvidersSettings() {
        assertThat(EnvironmentOverrides.KEYS).containsEntry("DATABASE_URL", "db.url")
                .containsEntry("BACKUP_DIR", "backup.dir").containsEntry("SERVER_PORT", "server.port");
        assertThat(EnvironmentOverrides.from(Map.of("PG_BIN_DIR", "/opt/pg/bin", "HOME", "/root")))
                .isEqualTo(Map.of("backup.pg-bin-dir", "/opt/pg/bin"));
    }

    @Test
    void givenSettingItCannotUse_open_isExitCode2() {
        assertThatThrownBy(() -> StorageProviders.open(settings(new FailingProvider(
                new InvalidSettingException("DATABASE_URL is not usable: no"))), StorageContext.system()))
                .isInstanceOf(StartupException.class).hasMessage("DATABASE_URL is not usable: no")
                .satisfies(e -> assertThat(((StartupException) e).exitCode()).isEqualTo(Main.CONFIG_ERROR));
    }

    @Test
    void givenStorageThatCannotOpen_open_isExitCode3() {
        assertThatThrownBy(() -> StorageProviders.open(settings(new FailingProvider(
                new StorageOpenException("the database at x cannot be used", null))), StorageContext.system()))
                .isInstanceOf(StartupException.class).hasMessage("the database at x cannot be used")
                .satisfies(e -> assertThat(((StartupException) e).exitCode()).isEqualTo(Main.STORAGE_ERROR));
    }
}
