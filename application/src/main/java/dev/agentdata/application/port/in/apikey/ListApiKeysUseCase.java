package dev.agentdata.application.port.in.apikey;

import java.util.List;

import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.user.UserContext;

/** The actor's API keys, newest first, revoked ones included. */
public interface ListApiKeysUseCase {
    List<ApiKey> list(UserContext actor);
}
