package dev.agentdata.application.port.in.apikey;

import java.util.UUID;

import dev.agentdata.domain.user.UserContext;

/** Revokes one of the actor's keys; another user's key is not found. */
public interface RevokeApiKeyUseCase {
    void revoke(UserContext actor, UUID keyId);
}
