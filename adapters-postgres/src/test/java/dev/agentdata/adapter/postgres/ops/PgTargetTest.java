package dev.agentdata.adapter.postgres.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.PostgresSettings;

class PgTargetTest {
    @Test
    void givenJdbcUrlWithParams_parse_readsEveryPart() {
        PgTarget t = PgTarget.parse("jdbc:postgresql://db.example:6543/agentdata?user=app&password=s%40cret"
                + "&currentSchema=tenant1&sslmode=require", null, null);

        assertThat(t).extracting(PgTarget::host, PgTarget::port, PgTarget::database, PgTarget::user,
                PgTarget::password, PgTarget::schema, PgTarget::sslMode)
                .containsExactly("db.example", 6543, "agentdata", "app", "s@cret", "tenant1", "require");
    }

    @Test
    void givenLibpqUrl_parse_readsUserInfoAndDefaultsPort() {
        PgTarget t = PgTarget.parse("postgresql://app:pw@localhost/agentdata", null, null);

        assertThat(t.port()).isEqualTo(5432);
        assertThat(t.user()).isEqualTo("app");
        assertThat(t.password()).isEqualTo("pw");
        assertThat(t.schema()).isEqualTo("public");
    }

    @Test
    void givenExplicitCredentials_parse_overridesUrl() {
        PgTarget t = PgTarget.parse("jdbc:postgresql://h:5432/d?user=a&password=b", "c", "d");

        assertThat(t.user()).isEqualTo("c");
        assertThat(t.password()).isEqualTo("d");
    }

    @Test
    void givenPassword_argsAndToString_neverShowIt() {
        PgTarget t = PgTarget.parse("postgresql://app:topsecret@h:5432/d", null, null);

        assertThat(String.join(" ", t.connectionArgs())).doesNotContain("topsecret");
        assertThat(t.toString()).doesNotContain("topsecret");
        assertThat(t.environment()).containsEntry("PGPASSWORD", "topsecret");
    }

    @Test
    void givenNonPostgresUrl_parse_failsWithoutEchoingPassword() {
        assertThatThrownBy(() -> PgTarget.parse("jdbc:mysql://h/d?password=topsecret", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void givenUrlWithoutDatabase_parse_fails() {
        assertThatThrownBy(() -> PgTarget.parse("postgresql://h:5432/", null, null))
                .hasMessageContaining("no database");
    }

    @Test
    void givenPostgresSettings_of_keepsServerCredentialsAndSchema() {
        PgTarget t = PgTarget.of(PostgresSettings.fromUrl(
                "postgresql://app:secret@db.internal:6432/agentdata").withSchema("tenant_a"));

        assertThat(t).extracting(PgTarget::host, PgTarget::port, PgTarget::database, PgTarget::user,
                PgTarget::password, PgTarget::schema)
                .containsExactly("db.internal", 6432, "agentdata", "app", "secret", "tenant_a");
    }
}
