package dev.agentdata.adapter.cache;

import java.time.Duration;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.agentdata.application.port.in.user.GetOrCreateUserUseCase;
import dev.agentdata.application.port.in.user.TokenClaims;
import dev.agentdata.domain.user.User;

/**
 * Remembers, for a short while, that a token's claims were already applied, so that authenticating every
 * request does not cost a database round trip. Exact for its purpose: the use case only writes when a claim
 * differs from the one last seen, so the same claims again change nothing; new claim values are a new key and
 * reach the delegate at once. The returned user is the one as of when its claims were applied: callers that need
 * the current profile read it with {@code GetUserUseCase}.
 */
public final class CachingUserIdentities implements GetOrCreateUserUseCase {
    private final GetOrCreateUserUseCase delegate;
    private final Cache<TokenClaims, User> applied;

    public CachingUserIdentities(GetOrCreateUserUseCase delegate, Duration ttl, long maxEntries) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.applied = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
    }

    @Override
    public User getOrCreate(TokenClaims claims) {
        User known = applied.getIfPresent(claims);
        if (known != null) {
            return known;
        }
        User user = delegate.getOrCreate(claims);
        applied.put(claims, user);
        return user;
    }
}
