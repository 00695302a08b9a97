package dev.agentdata.application.service.apikey;

import java.util.List;

import dev.agentdata.application.port.in.apikey.ListApiKeysUseCase;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.user.UserContext;

/** Lists the actor's keys. */
public final class ListApiKeysService implements ListApiKeysUseCase {
    private final ApiKeyRepository keys;

    public ListApiKeysService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public List<ApiKey> list(UserContext actor) {
        return keys.listByOwner(actor.userId());
    }
}
