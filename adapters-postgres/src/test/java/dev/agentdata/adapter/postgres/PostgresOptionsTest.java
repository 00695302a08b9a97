package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.StorageConfiguration;

class PostgresOptionsTest {
    private static PostgresOptions options(Map<String, String> values) throws Exception {
        return PostgresOptions.from(StorageConfiguration.of(values));
    }

    @Test
    void givenNothing_theEmbeddedDatabaseInDataPostgres() throws Exception {
        PostgresOptions o = options(Map.of());

        assertThat(o.embedded()).isTrue();
        assertThat(o.dataDir()).isEqualTo(Path.of("./data/postgres"));
        assertThat(o.schema()).isEmpty();
        assertThat(o.connectionLimit()).isEqualTo(OptionalInt.empty());
        assertThat(o.startupTimeout()).isEqualTo(java.time.Duration.ofSeconds(60));
    }

    @Test
    void givenStartupTimeout_theStartupRetryWaitsThatLong() throws Exception {
        assertThat(options(Map.of("db.startup-timeout", "5")).startupRetry().maxWait())
                .isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(options(Map.of("db.startup-timeout", "0")).startupRetry().maxWait()).isZero();
    }

    @Test
    void givenUrlAndOverrides_external_letsTheOverridesWinOverTheUrl() throws Exception {
        PostgresSettings s = options(Map.of("db.url", "postgresql://u:p@db:5432/x?schema=a&connection_limit=3",
                "db.schema", "tenant_b", "db.connection-limit", "4", "db.connect-timeout", "3",
                "db.pool-timeout", "7")).external();

        assertThat(s).extracting(PostgresSettings::jdbcUrl, PostgresSettings::user, PostgresSettings::schema,
                PostgresSettings::poolSize, PostgresSettings::connectTimeoutSeconds, PostgresSettings::poolTimeoutSeconds)
                .containsExactly("jdbc:postgresql://db:5432/x", "u", "tenant_b", 4, 3, 7);
    }

    @Test
    void givenUrlOnly_external_keepsTheUrlsOwnParameters() throws Exception {
        PostgresSettings s = options(Map.of("db.url", "postgresql://db/x?schema=a&connection_limit=3")).external();

        assertThat(s.schema()).isEqualTo("a");
        assertThat(s.poolSize()).isEqualTo(3);
        assertThat(s.connectTimeoutSeconds()).isEqualTo(PostgresSettings.DEFAULT_CONNECT_TIMEOUT);
    }

    @Test
    void givenPgBouncerMarkOnTheUrl_external_isThroughAPooler_theMarkStripped_andDirectUrlTheSameSchema()
            throws Exception {
        PostgresOptions o = options(Map.of("db.url", "postgresql://u:p@bouncer:6432/x?pgbouncer=true&sslmode=require",
                "db.schema", "tenant_b", "db.direct-url", "postgresql://u:p@primary:5432/x"));

        assertThat(o.external()).extracting(PostgresSettings::jdbcUrl, PostgresSettings::schema,
                PostgresSettings::transactionPooler)
                .containsExactly("jdbc:postgresql://bouncer:6432/x?sslmode=require", "tenant_b", true);
        assertThat(o.direct()).extracting(PostgresSettings::jdbcUrl, PostgresSettings::schema,
                PostgresSettings::transactionPooler)
                .containsExactly("jdbc:postgresql://primary:5432/x", "tenant_b", false);
    }

    @Test
    void givenDbPgBouncer_external_isThroughAPooler_evenWithoutTheMark() throws Exception {
        PostgresOptions o = options(Map.of("db.url", "postgresql://bouncer/x?schema=a", "db.pgbouncer", "true",
                "db.direct-url", "postgresql://primary/x"));

        assertThat(o.external().transactionPooler()).isTrue();
        assertThat(o.direct().schema()).isEqualTo("a");
    }

    @Test
    void givenPgBouncerWithoutDirectUrl_external_isAOneLineErrorNamingDirectUrl() {
        assertThatThrownBy(() -> options(Map.of("db.url", "postgresql://bouncer/x?pgbouncer=true")).external())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("DIRECT_URL is required when DATABASE_URL goes through PgBouncer")
                .hasMessageNotContaining("\n");
    }

    @Test
    void givenNoPgBouncer_directIsTheDatabaseUrl_andDirectUrlNotNeeded() throws Exception {
        PostgresOptions o = options(Map.of("db.url", "postgresql://primary/x"));

        assertThat(o.external().transactionPooler()).isFalse();
        assertThat(o.direct()).isEqualTo(o.external());
    }

    @Test
    void givenDirectUrlMarkedPgBouncer_direct_isRefused() {
        assertThatThrownBy(() -> options(Map.of("db.url", "postgresql://b/x?pgbouncer=true",
                "db.direct-url", "postgresql://b/x?pgbouncer=true")).direct())
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("DIRECT_URL must reach the primary");
    }

    @Test
    void givenPgBouncerMarkNotABoolean_theUrlIsNotUsable() {
        assertThatThrownBy(() -> options(Map.of("db.url", "postgresql://b/x?pgbouncer=yes")).external())
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("pgbouncer must be true or false");
    }
}
