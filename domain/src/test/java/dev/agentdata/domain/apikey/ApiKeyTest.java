package dev.agentdata.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

    private static ApiKey key() {
        return ApiKey.issue(UUID.randomUUID(), UUID.randomUUID(), "ci", ApiKeySecret.fromRandomBytes(new byte[32]),
                Set.of(ApiKeyPermission.READ_GRAPH), NOW);
    }

    @Test
    void issue_storesHashHeadAndTailButNotTheKey() {
        ApiKey k = key();
        assertThat(k.status()).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(k.hash()).hasSize(64);
        assertThat(k.head()).isEqualTo("agd_AAAA");
        assertThat(k.lastUsedAt()).isNull();
        assertThat(k.toString()).doesNotContain("agd_" + "A".repeat(43));
    }

    @Test
    void revoke_setsStatusAndTime_once() {
        ApiKey r = key().revoked(NOW.plusSeconds(5));
        assertThat(r.isActive()).isFalse();
        assertThat(r.revokedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(r.revoked(NOW.plusSeconds(9)).revokedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void revokedWithoutTime_isRejected() {
        ApiKey k = key();
        assertThatThrownBy(() -> new ApiKey(k.id(), k.userId(), k.name(), k.hash(), k.head(), k.tail(),
                k.permissions(), ApiKeyStatus.REVOKED, NOW, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void touch_isDueWhenNeverUsedOrAfterAMinute() {
        ApiKey k = key();
        assertThat(k.dueForTouch(NOW)).isTrue();
        ApiKey used = k.touched(NOW);
        assertThat(used.dueForTouch(NOW.plusSeconds(59))).isFalse();
        assertThat(used.dueForTouch(NOW.plusSeconds(60))).isTrue();
    }
}
