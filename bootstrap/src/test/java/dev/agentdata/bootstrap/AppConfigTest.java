package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.PostgresOptions;
import dev.agentdata.adapter.postgres.PostgresStorageProvider;
import dev.agentdata.application.service.limit.RateLimits;

class AppConfigTest {
    private static AppConfig load(Map<String, String> env) {
        return AppConfig.from(ConfigLoader.load(env));
    }

    /** The Postgres provider's reading of {@code env}, whichever storage is chosen. */
    private static PostgresOptions postgres(Map<String, String> env) throws Exception {
        return PostgresOptions.from(StorageProviders.configuration(ConfigLoader.load(env), new PostgresStorageProvider()));
    }

    @Test
    void withoutEnvironment_defaultsFromApplicationYaml() throws Exception {
        AppConfig config = load(Map.of());

        assertThat(config.server()).isEqualTo(new ServerSettings("0.0.0.0", 8080, 16L * 1024 * 1024));
        assertThat(config.auth().jwtSecret()).isEmpty();
        assertThat(config.storage().kind()).isEqualTo("postgres");
        PostgresOptions postgres = PostgresOptions.from(config.storage().configuration());
        assertThat(postgres.embedded()).isTrue();
        assertThat(postgres.dataDir()).isEqualTo(Path.of("./data/postgres"));
        assertThat(postgres.schema()).isEmpty();
        assertThat(postgres.connectionLimit()).isEmpty();
        assertThat(postgres.connectTimeoutSeconds()).isEmpty();
        assertThat(config.storage().graphCache()).isTrue();
        assertThat(config.storage().unusedVariables()).isEmpty();
    }

    @Test
    void environmentVariables_overrideTheirKeys() throws Exception {
        Map<String, String> env = Map.ofEntries(
                Map.entry("SERVER_PORT", "9091"), Map.entry("SERVER_HOST", "127.0.0.1"),
                Map.entry("JWT_SECRET", "s".repeat(32)), Map.entry("STORAGE", "memory"),
                Map.entry("DATABASE_URL", "postgresql://u:p@db:5432/x"), Map.entry("DB_CONNECTION_LIMIT", "4"),
                Map.entry("DB_CONNECT_TIMEOUT", "3"), Map.entry("DB_POOL_TIMEOUT", "7"), Map.entry("DB_SCHEMA", "tenant_a"),
                Map.entry("DATA_DIR", "/var/lib/agentdata"), Map.entry("MAX_PAYLOAD_BYTES", "1024"),
                Map.entry("GRAPH_CACHE_ENABLED", "false"));
        AppConfig config = load(env);

        assertThat(config.server()).isEqualTo(new ServerSettings("127.0.0.1", 9091, 1024));
        assertThat(config.auth().requireSecret()).isEqualTo("s".repeat(32));
        StorageSettings storage = config.storage();
        assertThat(storage.kind()).isEqualTo("memory");
        PostgresOptions postgres = postgres(env);
        assertThat(postgres.databaseUrl()).contains("postgresql://u:p@db:5432/x");
        assertThat(postgres.connectionLimit()).isEqualTo(OptionalInt.of(4));
        assertThat(postgres.connectTimeoutSeconds()).isEqualTo(OptionalInt.of(3));
        assertThat(postgres.poolTimeoutSeconds()).isEqualTo(OptionalInt.of(7));
        assertThat(postgres.schema()).contains("tenant_a");
        assertThat(postgres.dataDir()).isEqualTo(Path.of("/var/lib/agentdata"));
        assertThat(storage.graphCache()).isFalse();
        assertThat(storage.unusedVariables()).contains("DATABASE_URL", "DB_SCHEMA", "DATA_DIR");
    }

    @Test
    void limits_defaultAsReadmeSays_andTheEnvironmentOverridesThem() {
        AppConfig defaults = load(Map.of());
        AppConfig set = load(Map.ofEntries(Map.entry("SERVER_READ_TIMEOUT", "5s"),
                Map.entry("SERVER_MAX_CONNECTIONS", "50"), Map.entry("SERVER_MAX_HEADER_SIZE", "8KiB"),
                Map.entry("SERVER_MAX_BODY_MEMORY", "100MiB"), Map.entry("RATE_LIMIT_REQUESTS", "0"),
                Map.entry("RATE_LIMIT_WINDOW", "1m"), Map.entry("RATE_LIMIT_UNAUTHENTICATED", "7"),
                Map.entry("REDIS_URL", "redis://127.0.0.1:6390/3"), Map.entry("REDIS_TIMEOUT", "20ms"),
                Map.entry("REDIS_KEY_PREFIX", "tenant-a:")));

        assertThat(defaults.limits()).isEqualTo(new ServerLimits(Duration.ofSeconds(30), 10_000, 16_384, 32L << 20));
        assertThat(defaults.rateLimits()).isEqualTo(new RateLimits(1000, 100, Duration.ofSeconds(10)));
        assertThat(defaults.redis()).isEmpty();
        assertThat(set.limits()).isEqualTo(new ServerLimits(Duration.ofSeconds(5), 50, 8_192, 100L << 20));
        assertThat(set.rateLimits()).isEqualTo(new RateLimits(0, 7, Duration.ofMinutes(1)));
        assertThat(set.redis()).hasValueSatisfying(redis -> {
            assertThat(redis.description()).isEqualTo("redis://127.0.0.1:6390/3");
            assertThat(redis.callBudget()).isEqualTo(Duration.ofMillis(20));
            assertThat(redis.keyPrefix()).isEqualTo("tenant-a:");
        });
    }

    @Test
    void malformedLimits_stopTheStartNamingTheVariable() {
        Map<String, String> bad = Map.of("SERVER_READ_TIMEOUT", "30", "SERVER_MAX_CONNECTIONS", "many",
                "SERVER_MAX_HEADER_SIZE", "16KB", "RATE_LIMIT_REQUESTS", "-1", "RATE_LIMIT_WINDOW", "0s",
                "REDIS_TIMEOUT", "fast");
        bad.forEach((variable, value) -> {
            Map<String, String> env = new java.util.HashMap<>(Map.of(variable, value));
            if (variable.startsWith("REDIS")) {
                env.put("REDIS_URL", "redis://127.0.0.1:6379/0");
            }
            assertThatThrownBy(() -> load(env)).as(variable).isInstanceOf(StartupException.class)
                    .hasMessageContaining(variable);
        });
    }

    @Test
    void operationsVariables_overrideTheirKeys() {
        io.helidon.config.Config config = ConfigLoader.load(Map.of("BACKUP_INTERVAL_HOURS", "6",
                "EXECUTIONS_RUNNING_TIMEOUT", "2h", "PRUNE_OLDER_THAN_DAYS", "14"));

        assertThat(config.get("backup.interval-hours").asString().get()).isEqualTo("6");
        assertThat(config.get("executions.running-timeout").asString().get()).isEqualTo("2h");
        assertThat(config.get("prune.older-than-days").asString().get()).isEqualTo("14");
        assertThat(config.get("executions.sweep-interval").asString().get()).isEqualTo("1m");
    }

    @Test
    void givenDatabaseUrl_postgresIsExternal() throws Exception {
        AppConfig config = load(Map.of("DATABASE_URL", "jdbc:postgresql://h/db"));

        assertThat(PostgresOptions.from(config.storage().configuration()).embedded()).isFalse();
    }

    @Test
    void badValues_areOneLineErrorsNamingTheVariable() {
        assertThatThrownBy(() -> load(Map.of("SERVER_PORT", "http"))).isInstanceOf(StartupException.class)
                .hasMessage("SERVER_PORT must be a whole number, was 'http'");
        assertThatThrownBy(() -> load(Map.of("SERVER_PORT", "70000"))).hasMessageContaining("SERVER_PORT");
        assertThatThrownBy(() -> load(Map.of("STORAGE", "mongo"))).hasMessageContaining("STORAGE")
                .hasMessage("STORAGE must be one of memory, postgres, was 'mongo'");
        assertThatThrownBy(() -> load(Map.of("DB_SCHEMA", "a;drop"))).hasMessageContaining("DB_SCHEMA");
        assertThatThrownBy(() -> load(Map.of("DB_CONNECTION_LIMIT", "0"))).hasMessageContaining("DB_CONNECTION_LIMIT");
        assertThatThrownBy(() -> load(Map.of("GRAPH_CACHE_ENABLED", "yes"))).hasMessageContaining("GRAPH_CACHE_ENABLED");
    }

    @Test
    void missingOrShortSecret_isRefused() {
        assertThatThrownBy(() -> load(Map.of()).auth().requireSecret()).isInstanceOf(StartupException.class)
                .hasMessageStartingWith("JWT_SECRET is not set");
        assertThatThrownBy(() -> load(Map.of("JWT_SECRET", "x".repeat(31))).auth().requireSecret())
                .hasMessage("JWT_SECRET is 31 bytes long; HS256 needs at least 32");
    }

    @Test
    void randomSecret_isLongEnough() {
        String secret = AuthSettings.randomSecret();

        assertThat(new AuthSettings(java.util.Optional.of(secret)).requireSecret()).hasSize(43);
        assertThat(AuthSettings.randomSecret()).isNotEqualTo(secret);
    }
}
