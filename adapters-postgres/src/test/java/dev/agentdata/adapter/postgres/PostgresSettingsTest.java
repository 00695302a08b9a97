package dev.agentdata.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Parsing of the platform's database URLs and variables into settings. */
class PostgresSettingsTest {
    @Test
    void givenPlatformUrl_parse_movesCredentialsOutOfTheUrl() {
        PostgresSettings s = PostgresSettings.fromUrl("postgresql://agpt:secret@db.example:6543/agpt_local");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/agpt_local");
        assertThat(s.user()).isEqualTo("agpt");
        assertThat(s.password()).isEqualTo("secret");
        assertThat(s.schema()).isEqualTo("public");
        assertThat(s.poolSize()).isEqualTo(10);
    }

    @Test
    void givenPostgresScheme_parse_acceptsIt() {
        PostgresSettings s = PostgresSettings.fromUrl("postgres://u@localhost/db");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/db");
        assertThat(s.user()).isEqualTo("u");
        assertThat(s.password()).isNull();
    }

    @Test
    void givenPercentEncodedPassword_parse_decodesIt() {
        PostgresSettings s = PostgresSettings.fromUrl("postgresql://user:p%40ss%3Aw%2Frd+x%25@h:5432/d");
        assertThat(s.password()).isEqualTo("p@ss:w/rd+x%");
    }

    @Test
    void givenUnencodedAtSignInPassword_parse_splitsAtTheLastAt() {
        PostgresSettings s = PostgresSettings.fromUrl("postgresql://user:p@ss@h:5432/d");
        assertThat(s.user()).isEqualTo("user");
        assertThat(s.password()).isEqualTo("p@ss");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    }

    @Test
    void givenPlatformParameters_parse_honoursSchemaPoolAndTimeoutsAndKeepsDriverParameters() {
        PostgresSettings s = PostgresSettings.fromUrl(
                "postgresql://u:p@h:5432/d?schema=platform&sslmode=require&connection_limit=7&connect_timeout=3&pool_timeout=4");
        assertThat(s.schema()).isEqualTo("platform");
        assertThat(s.poolSize()).isEqualTo(7);
        assertThat(s.connectTimeoutSeconds()).isEqualTo(3);
        assertThat(s.poolTimeoutSeconds()).isEqualTo(4);
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d?sslmode=require");
    }

    @Test
    void givenJdbcUrlWithCredentialsInQuery_parse_extractsThem() {
        PostgresSettings s = PostgresSettings.fromUrl("jdbc:postgresql://127.0.0.1:5432/agentdata_pg?user=postgres&password=x%26y");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/agentdata_pg");
        assertThat(s.user()).isEqualTo("postgres");
        assertThat(s.password()).isEqualTo("x&y");
    }

    @Test
    void givenIpv6Host_parse_keepsTheBrackets() {
        assertThat(PostgresSettings.fromUrl("postgresql://u@[::1]:5433/d").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5433/d");
    }

    @Test
    void givenEnvironment_fromEnvironment_letsVariablesWinOverUrlParameters() {
        PostgresSettings s = PostgresSettings.fromEnvironment(Map.of(
                "DATABASE_URL", "postgresql://u:p@h/d?schema=a&connection_limit=3",
                "DB_SCHEMA", "b", "DB_CONNECTION_LIMIT", "12", "DB_CONNECT_TIMEOUT", "2", "DB_POOL_TIMEOUT", "9"));
        assertThat(s.schema()).isEqualTo("b");
        assertThat(s.poolSize()).isEqualTo(12);
        assertThat(s.connectTimeoutSeconds()).isEqualTo(2);
        assertThat(s.poolTimeoutSeconds()).isEqualTo(9);
    }

    @Test
    void givenBadInput_parse_rejectsItWithoutEchoingThePassword() {
        assertThatThrownBy(() -> PostgresSettings.fromUrl("mysql://u:p@h/d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostgresSettings.fromUrl("postgresql://u:p%zz@h/d"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("p%zz");
        assertThatThrownBy(() -> PostgresSettings.fromUrl("postgresql://u@h/d?schema=x;drop"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostgresSettings.fromEnvironment(Map.of())).hasMessageContaining("DATABASE_URL");
    }

    @Test
    void toString_hidesThePassword() {
        assertThat(PostgresSettings.fromUrl("postgresql://u:hunter2@h/d").toString()).doesNotContain("hunter2");
    }
}
