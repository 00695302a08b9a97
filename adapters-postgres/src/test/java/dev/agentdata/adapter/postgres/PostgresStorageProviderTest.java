package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.MaintenanceJob;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StorageMeter;
import dev.agentdata.application.port.out.storage.StorageProvider;
import dev.agentdata.domain.user.User;

/** The Postgres entry point as the server sees it: opened from a configuration map, on a fresh schema. */
class PostgresStorageProviderTest {
    private static OpenedStorage open(Map<String, String> values) throws Exception {
        return new PostgresStorageProvider().open(StorageConfiguration.of(values), StorageContext.system());
    }

    @Test
    void serviceLoader_findsThePostgresProvider() {
        assertThat(ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::get)
                .map(StorageProvider::kind)).contains("postgres");
    }

    @Test
    void givenUrlAndSchema_open_migratesAndServesWithReadinessMetersAndBackupJob() throws Exception {
        String schema = TestDatabase.freshSchemaName();
        UUID id = UUID.randomUUID();
        try (OpenedStorage storage = open(Map.of("db.url", TestDatabase.databaseUrl(), "db.schema", schema,
                "db.connection-limit", "2", "backup.interval-hours", "6"))) {
            storage.ports().users().insertIfAbsent(User.fromClaims(id, "pg@example.com", "Pg",
                    Instant.parse("2026-01-01T00:00:00Z")));

            assertThat(storage.ports().users().findById(id)).isPresent();
            assertThat(storage.readiness()).hasValueSatisfying(check -> assertThat(check.getAsBoolean()).isTrue());
            assertThat(storage.description()).endsWith(", schema " + schema).startsWith("external postgres at ");
            assertThat(storage.meters()).extracting(StorageMeter::name).contains("agentdata_db_pool_active",
                    "agentdata_db_pool_max", "agentdata.db.pool.timeouts", "agentdata.backups");
            assertThat(storage.meters()).filteredOn(m -> m.name().equals("agentdata_db_pool_max"))
                    .singleElement().satisfies(m -> assertThat(m.value().getAsDouble()).isEqualTo(2.0));
            assertThat(storage.jobs()).extracting(MaintenanceJob::name, MaintenanceJob::interval)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("backup", Duration.ofHours(6)));
            assertThat(storage.ports().jobLeases().claim("backup", Duration.ofHours(6))).isTrue();
        } finally {
            TestDatabase.dropSchema(schema);
        }
    }

    @Test
    void givenNoBackupInterval_open_schedulesNoJob() throws Exception {
        String schema = TestDatabase.freshSchemaName();
        try (OpenedStorage storage = open(Map.of("db.url", TestDatabase.databaseUrl(), "db.schema", schema))) {
            assertThat(storage.jobs()).isEmpty();
        } finally {
            TestDatabase.dropSchema(schema);
        }
    }

    @Test
    void externalDescription_namesHostDatabaseAndSchema_neverCredentials() {
        PostgresSettings settings = PostgresSettings.fromUrl(
                "postgresql://app:s3cret@db.internal:6432/agentdata?sslmode=require").withSchema("tenant_a");

        assertThat(PostgresStorageProvider.describeExternal(settings))
                .isEqualTo("external postgres at db.internal:6432/agentdata, schema tenant_a");
    }

    @Test
    void givenUnreadableUrl_open_isAnInvalidSettingNamingDatabaseUrl() {
        assertThatThrownBy(() -> open(Map.of("db.url", "mysql://h/db")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("DATABASE_URL is not usable: ");
    }

    @Test
    void givenReplicasWithoutAnExternalPrimary_open_failsNamingBoth() {
        assertThatThrownBy(() -> open(Map.of("db.read-url", "postgresql://replica/db")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("DATABASE_READ_URL (db.read-url) needs DATABASE_URL");
    }

    @Test
    void givenMalformedSetting_open_failsBeforeConnecting() {
        assertThatThrownBy(() -> open(Map.of("db.url", "postgresql://h/db", "db.pool-timeout", "0")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("DB_POOL_TIMEOUT (db.pool-timeout) must be at least 1, was 0");
    }

    @Test
    void settings_areTheConnectionThenTheReplicaThenTheBackupOnes() {
        assertThat(new PostgresStorageProvider().settings()).extracting(s -> s.variable()).containsExactly(
                "DATABASE_URL", "DB_SCHEMA", "DB_CONNECTION_LIMIT", "DB_CONNECT_TIMEOUT", "DB_POOL_TIMEOUT",
                "DB_STARTUP_TIMEOUT", "DATA_DIR", "DB_STATEMENT_TIMEOUT", "DB_PGBOUNCER", "DIRECT_URL",
                "DATABASE_READ_URL", "DB_READ_MAX_LAG",
                "BACKUP_INTERVAL_HOURS", "BACKUP_DIR", "BACKUP_KEEP_DAYS", "PG_BIN_DIR");
    }
}
