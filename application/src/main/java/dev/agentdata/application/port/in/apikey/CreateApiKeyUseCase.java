package dev.agentdata.application.port.in.apikey;

import dev.agentdata.domain.user.UserContext;

/** Makes an API key for the actor. */
public interface CreateApiKeyUseCase {
    CreatedApiKey create(UserContext actor, CreateApiKeyCommand command);
}
