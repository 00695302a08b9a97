package dev.agentdata.application.service.apikey;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.agentdata.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.apikey.ApiKeySecret;
import dev.agentdata.domain.user.UserContext;

/**
 * Finds an active key by its hash (compared again in constant time) and records its use at most once a
 * minute; unknown, malformed and revoked keys give nothing.
 */
public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {
    private final ApiKeyRepository keys;
    private final Transactions transactions;
    private final Clock clock;

    public AuthenticateApiKeyService(ApiKeyRepository keys, Transactions transactions, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<UserContext> authenticate(String rawKey) {
        Optional<ApiKeySecret> secret = ApiKeySecret.parse(rawKey);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<ApiKey> key = keys.findByHash(secret.get().hash())
                .filter(k -> secret.get().matches(k.hash()))
                .filter(ApiKey::isActive);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (key.get().dueForTouch(now)) {
            transactions.run(() -> keys.touchLastUsed(key.get().userId(), key.get().id(), now));
        }
        return key.map(k -> UserContext.ofApiKey(k.userId(), k.id(), k.permissions()));
    }
}
