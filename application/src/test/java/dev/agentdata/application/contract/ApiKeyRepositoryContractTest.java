package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.apikey.ApiKeyPermission;
import dev.agentdata.domain.apikey.ApiKeySecret;
import dev.agentdata.domain.apikey.ApiKeyStatus;

/** The behaviour every {@link ApiKeyRepository} adapter must show. */
public abstract class ApiKeyRepositoryContractTest {
    protected static final Instant T0 = Instant.parse("2026-11-24T10:15:30.123456Z");

    protected abstract ApiKeyRepository keys();

    protected abstract Transactions transactions();

    /** A user that may own keys (stored wherever the adapter needs it). */
    protected abstract UUID newUser();

    protected static ApiKey newKey(UUID owner, Instant at, Set<ApiKeyPermission> permissions) {
        byte[] bytes = new byte[ApiKeySecret.RANDOM_BYTES];
        ThreadLocalRandom.current().nextBytes(bytes);
        return ApiKey.issue(UUID.randomUUID(), owner, "key " + at, ApiKeySecret.fromRandomBytes(bytes), permissions, at);
    }

    protected ApiKey stored(UUID owner, Instant at, Set<ApiKeyPermission> permissions) {
        ApiKey k = newKey(owner, at, permissions);
        transactions().run(() -> keys().insert(k));
        return k;
    }

    @Test
    void insertedKey_isFoundByHashAndById() {
        ApiKey k = stored(newUser(), T0, EnumSet.of(ApiKeyPermission.READ_GRAPH, ApiKeyPermission.EXECUTE_GRAPH));
        assertThat(keys().findByHash(k.hash())).contains(k);
        assertThat(keys().findById(k.userId(), k.id())).contains(k);
    }

    @Test
    void unknownHashOrId_isEmpty() {
        assertThat(keys().findByHash("0".repeat(64))).isEmpty();
        assertThat(keys().findById(newUser(), UUID.randomUUID())).isEmpty();
    }

    @Test
    void emptyPermissions_roundTrip() {
        ApiKey k = stored(newUser(), T0, Set.of());
        assertThat(keys().findById(k.userId(), k.id()).orElseThrow().permissions()).isEmpty();
    }

    @Test
    void listByOwner_isNewestFirstAndOnlyTheOwners() {
        UUID owner = newUser();
        ApiKey old = stored(owner, T0, Set.of(ApiKeyPermission.READ_BLOCK));
        ApiKey mid = stored(owner, T0.plusSeconds(1), Set.of());
        ApiKey newest = stored(owner, T0.plusSeconds(2), Set.of());
        stored(newUser(), T0.plusSeconds(3), Set.of());
        assertThat(keys().listByOwner(owner)).containsExactly(newest, mid, old);
        assertThat(keys().listByOwner(newUser())).isEmpty();
    }

    @Test
    void revoke_marksKeyRevokedOnce() {
        ApiKey k = stored(newUser(), T0, Set.of());
        ApiKey revoked = transactions().inTransaction(() -> keys().revoke(k.userId(), k.id(), T0.plusSeconds(5))).orElseThrow();
        assertThat(revoked.status()).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(revoked.revokedAt()).isEqualTo(T0.plusSeconds(5));
        ApiKey again = transactions().inTransaction(() -> keys().revoke(k.userId(), k.id(), T0.plusSeconds(9))).orElseThrow();
        assertThat(again.revokedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(keys().findByHash(k.hash())).contains(revoked);
        assertThat(transactions().inTransaction(() -> keys().revoke(k.userId(), UUID.randomUUID(), T0))).isEmpty();
    }

    @Test
    void anotherUsersKey_findById_isEmpty() {
        ApiKey k = stored(newUser(), T0, Set.of());
        assertThat(keys().findById(newUser(), k.id())).isEmpty();
        assertThat(keys().findById(k.userId(), k.id())).contains(k);
    }

    @Test
    void anotherUsersKey_revoke_isEmpty_andRevokesNothing() {
        ApiKey k = stored(newUser(), T0, Set.of());
        UUID stranger = newUser();
        assertThat(transactions().inTransaction(() -> keys().revoke(stranger, k.id(), T0.plusSeconds(5)))).isEmpty();
        assertThat(keys().findById(k.userId(), k.id())).contains(k);
        assertThat(keys().findByHash(k.hash()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void anotherUsersKey_touchLastUsed_isFalse_andWritesNothing() {
        ApiKey k = stored(newUser(), T0, Set.of());
        UUID stranger = newUser();
        assertThat(transactions().inTransaction(() -> keys().touchLastUsed(stranger, k.id(), T0.plusSeconds(1))))
                .isFalse();
        assertThat(keys().findById(k.userId(), k.id()).orElseThrow().lastUsedAt()).isNull();
    }

    @Test
    void touchLastUsed_writesAtMostOnceAMinute() {
        ApiKey k = stored(newUser(), T0, Set.of());
        assertThat(transactions().inTransaction(() -> keys().touchLastUsed(k.userId(), k.id(), T0.plusSeconds(1)))).isTrue();
        assertThat(transactions().inTransaction(() -> keys().touchLastUsed(k.userId(), k.id(), T0.plusSeconds(30)))).isFalse();
        assertThat(keys().findById(k.userId(), k.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(transactions().inTransaction(() -> keys().touchLastUsed(k.userId(), k.id(), T0.plusSeconds(61)))).isTrue();
        assertThat(keys().findById(k.userId(), k.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(61));
    }

    @Test
    void failedUnitOfWork_storesNoKey() {
        ApiKey k = newKey(newUser(), T0, Set.of());
        assertThatThrownBy(() -> transactions().run(() -> {
            keys().insert(k);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(keys().findById(k.userId(), k.id())).isEmpty();
        assertThat(keys().findByHash(k.hash())).isEmpty();
    }

    @Test
    void duplicateHash_isRefused() {
        ApiKey k = stored(newUser(), T0, Set.of());
        ApiKey twin = new ApiKey(UUID.randomUUID(), k.userId(), "twin", k.hash(), k.head(), k.tail(), Set.of(),
                ApiKeyStatus.ACTIVE, T0, null, null);
        assertThatThrownBy(() -> transactions().run(() -> keys().insert(twin))).isInstanceOf(RuntimeException.class);
        assertThat(keys().findByHash(k.hash())).contains(k);
    }
}
