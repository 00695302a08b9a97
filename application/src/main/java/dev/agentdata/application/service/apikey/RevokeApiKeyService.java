package dev.agentdata.application.service.apikey;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.agentdata.application.port.in.apikey.RevokeApiKeyUseCase;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.user.UserContext;

/** Revokes one of the actor's keys; revoking twice is harmless, another user's key is not found. */
public final class RevokeApiKeyService implements RevokeApiKeyUseCase {
    private final ApiKeyRepository keys;
    private final Transactions transactions;
    private final Clock clock;

    public RevokeApiKeyService(ApiKeyRepository keys, Transactions transactions, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void revoke(UserContext actor, UUID keyId) {
        transactions.run(() -> keys.revoke(actor.userId(), keyId, clock.instant().truncatedTo(ChronoUnit.MICROS))
                .orElseThrow(() -> new NotFoundException("api_key", keyId)));
    }
}
