package dev.agentdata.application.service.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.in.apikey.CreateApiKeyCommand;
import dev.agentdata.application.port.in.apikey.CreatedApiKey;
import dev.agentdata.application.service.TestDoubles;
import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.apikey.ApiKeyPermission;
import dev.agentdata.domain.apikey.ApiKeySecret;
import dev.agentdata.domain.apikey.ApiKeyStatus;
import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.user.UserContext;

class ApiKeyServicesTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:15:30Z");
    private final FakeApiKeyRepository keys = new FakeApiKeyRepository();
    private final TestDoubles.DirectTransactions transactions = new TestDoubles.DirectTransactions();
    private final TestDoubles.MovableClock clock = new TestDoubles.MovableClock(T0);
    private final CreateApiKeyService create = new CreateApiKeyService(keys, transactions, ApiKeyServicesTest::sevens,
            TestDoubles.countingIds(), clock);
    private final AuthenticateApiKeyService authenticate = new AuthenticateApiKeyService(keys, transactions, clock);
    private final RevokeApiKeyService revoke = new RevokeApiKeyService(keys, transactions, clock);
    private final UserContext alice = UserContext.ofToken(UUID.randomUUID(), false);

    private static byte[] sevens(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 7);
        return b;
    }

    private CreatedApiKey make(Set<ApiKeyPermission> permissions) {
        return create.create(alice, new CreateApiKeyCommand("ci", permissions));
    }

    @Test
    void create_derivesTheKeyFromTheSecretSourceAndStoresOnlyItsHash() {
        CreatedApiKey made = make(EnumSet.of(ApiKeyPermission.READ_GRAPH));
        ApiKeySecret expected = ApiKeySecret.fromRandomBytes(sevens(32));
        assertThat(made.secret()).isEqualTo(expected);
        assertThat(made.secret().value()).hasSize(47);
        ApiKey stored = keys.keys.get(made.key().id());
        assertThat(stored.hash()).isEqualTo(expected.hash());
        assertThat(stored.head()).isEqualTo(expected.head());
        assertThat(stored.tail()).isEqualTo(expected.tail());
        assertThat(stored.toString()).doesNotContain(expected.value());
        assertThat(new ListApiKeysService(keys).list(alice)).containsExactly(stored);
    }

    @Test
    void create_rejectsBlankNamesAndApiKeyCallers() {
        assertThatThrownBy(() -> create.create(alice, new CreateApiKeyCommand(" ", Set.of())))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> create.create(alice, new CreateApiKeyCommand("x".repeat(101), Set.of())))
                .isInstanceOf(ValidationException.class);
        UserContext viaKey = UserContext.ofApiKey(alice.userId(), UUID.randomUUID(), Set.of());
        assertThatThrownBy(() -> create.create(viaKey, new CreateApiKeyCommand("k", Set.of())))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void authenticate_givesOwnerAndPermissions() {
        CreatedApiKey made = make(EnumSet.of(ApiKeyPermission.READ_GRAPH, ApiKeyPermission.READ_BLOCK));
        UserContext ctx = authenticate.authenticate(made.secret().value()).orElseThrow();
        assertThat(ctx.userId()).isEqualTo(alice.userId());
        assertThat(ctx.apiKeyId()).contains(made.key().id());
        assertThat(ctx.admin()).isFalse();
        assertThat(ctx.permissions()).containsExactlyInAnyOrder(ApiKeyPermission.READ_GRAPH, ApiKeyPermission.READ_BLOCK);
    }

    @Test
    void authenticate_refusesUnknownMalformedAndRevokedKeys() {
        CreatedApiKey made = make(Set.of());
        assertThat(authenticate.authenticate("agd_" + "A".repeat(43))).isEmpty();
        assertThat(authenticate.authenticate("not a key")).isEmpty();
        assertThat(authenticate.authenticate(null)).isEmpty();
        revoke.revoke(alice, made.key().id());
        assertThat(keys.keys.get(made.key().id()).status()).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(authenticate.authenticate(made.secret().value())).isEmpty();
    }

    @Test
    void authenticate_recordsUseAtMostOnceAMinute() {
        CreatedApiKey made = make(Set.of());
        String raw = made.secret().value();
        authenticate.authenticate(raw);
        clock.advanceSeconds(30);
        authenticate.authenticate(raw);
        assertThat(keys.touches).isEqualTo(1);
        assertThat(keys.keys.get(made.key().id()).lastUsedAt()).isEqualTo(T0);
        clock.advanceSeconds(31);
        authenticate.authenticate(raw);
        assertThat(keys.touches).isEqualTo(2);
    }

    @Test
    void revoke_ofAnotherUsersOrUnknownKey_isNotFound() {
        CreatedApiKey made = make(Set.of());
        UserContext bob = UserContext.ofToken(UUID.randomUUID(), false);
        assertThatThrownBy(() -> revoke.revoke(bob, made.key().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revoke.revoke(alice, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(keys.keys.get(made.key().id()).isActive()).isTrue();
        revoke.revoke(alice, made.key().id());
        revoke.revoke(alice, made.key().id());
    }
}
