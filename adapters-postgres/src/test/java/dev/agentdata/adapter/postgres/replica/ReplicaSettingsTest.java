package dev.agentdata.adapter.postgres.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.StorageConfiguration;

/** DATABASE_READ_URL and DB_READ_MAX_LAG as the operator writes them, and WAL positions as Postgres writes them. */
class ReplicaSettingsTest {
    private static final PostgresSettings PRIMARY = PostgresSettings.fromUrl("postgresql://app@db:5432/app")
            .withSchema("tenant_a").withPoolSize(7);

    @Test
    void givenNoReadUrl_noReplicaIsConfigured_andTheLagDefaultsToTenSeconds() throws InvalidSettingException {
        ReplicaSettings settings = ReplicaSettings.from(StorageConfiguration.of(Map.of()), PRIMARY);

        assertThat(settings.configured()).isFalse();
        assertThat(settings.maxLag()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void givenUrlsSeparatedBySpaces_eachIsAReplicaWithThePrimarysSchemaAndPool() throws InvalidSettingException {
        ReplicaSettings settings = ReplicaSettings.from(StorageConfiguration.of(Map.of(
                "db.read-url", " postgresql://r@replica1:5433/app   jdbc:postgresql://replica2:5434/app?user=r ",
                "db.read-max-lag", "750ms")), PRIMARY);

        assertThat(settings.replicas()).extracting(PostgresSettings::jdbcUrl)
                .allMatch(url -> url.startsWith("jdbc:postgresql://replica"));
        assertThat(settings.replicas()).hasSize(2).allMatch(r -> r.schema().equals("tenant_a") && r.poolSize() == 7);
        assertThat(settings.maxLag()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void givenAnUnusableUrl_theMessageNamesTheVariable() {
        assertThatThrownBy(() -> ReplicaSettings.from(StorageConfiguration.of(Map.of("db.read-url", "mysql://x/y")),
                PRIMARY)).isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("DATABASE_READ_URL");
        assertThatThrownBy(() -> ReplicaSettings.from(StorageConfiguration.of(Map.of("db.read-max-lag", "soon")),
                PRIMARY)).isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("DB_READ_MAX_LAG");
    }

    @Test
    void walPositions_areReadAsUnsigned64BitNumbers() {
        assertThat(WalPosition.parse("0/3000060")).isEqualTo(0x3000060L);
        assertThat(WalPosition.parse("16/B374D848")).isEqualTo(0x16_B374_D848L);
        assertThat(Long.compareUnsigned(WalPosition.parse("FFFFFFFF/0"), WalPosition.parse("1/0"))).isPositive();
    }
}
