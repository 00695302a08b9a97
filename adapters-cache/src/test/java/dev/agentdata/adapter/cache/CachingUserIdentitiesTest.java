package dev.agentdata.adapter.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.in.user.TokenClaims;
import dev.agentdata.domain.user.EmailTakenException;
import dev.agentdata.domain.user.User;

class CachingUserIdentitiesTest {
    private final AtomicInteger calls = new AtomicInteger();
    private final UUID sub = UUID.randomUUID();

    private CachingUserIdentities cache(Duration ttl) {
        return new CachingUserIdentities(claims -> {
            calls.incrementAndGet();
            if (claims.email().startsWith("taken")) {
                throw new EmailTakenException(claims.email());
            }
            return User.fromClaims(claims.subject(), claims.email(), claims.name(), Instant.EPOCH);
        }, ttl, 1_000);
    }

    @Test
    void sameClaimsAgain_doNotReachTheDelegate() {
        CachingUserIdentities users = cache(Duration.ofMinutes(1));

        users.getOrCreate(new TokenClaims(sub, "a@b.io", "Ada"));
        User again = users.getOrCreate(new TokenClaims(sub, "a@b.io", "Ada"));

        assertThat(calls).hasValue(1);
        assertThat(again.id()).isEqualTo(sub);
    }

    @Test
    void aChangedClaim_reachesTheDelegateAtOnce() {
        CachingUserIdentities users = cache(Duration.ofMinutes(1));

        users.getOrCreate(new TokenClaims(sub, "a@b.io", "Ada"));
        users.getOrCreate(new TokenClaims(sub, "new@b.io", "Ada"));
        users.getOrCreate(new TokenClaims(sub, "new@b.io", null));

        assertThat(calls).hasValue(3);
    }

    @Test
    void aRefusal_isNotRemembered() {
        CachingUserIdentities users = cache(Duration.ofMinutes(1));
        TokenClaims claims = new TokenClaims(sub, "taken@b.io", null);

        assertThatThrownBy(() -> users.getOrCreate(claims)).isInstanceOf(EmailTakenException.class);
        assertThatThrownBy(() -> users.getOrCreate(claims)).isInstanceOf(EmailTakenException.class);
        assertThat(calls).hasValue(2);
    }

    @Test
    void afterTheTtl_theClaimsAreAppliedAgain() throws InterruptedException {
        CachingUserIdentities users = cache(Duration.ofMillis(20));

        users.getOrCreate(new TokenClaims(sub, "a@b.io", "Ada"));
        Thread.sleep(60);
        users.getOrCreate(new TokenClaims(sub, "a@b.io", "Ada"));

        assertThat(calls).hasValue(2);
    }
}
