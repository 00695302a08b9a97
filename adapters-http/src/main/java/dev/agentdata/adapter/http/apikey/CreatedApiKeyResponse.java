package dev.agentdata.adapter.http.apikey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.agentdata.application.port.in.apikey.CreatedApiKey;
import dev.agentdata.domain.apikey.ApiKey;

/** The answer to {@code POST /api-keys}: the only response that carries the raw {@code key}. */
public record CreatedApiKeyResponse(UUID id, String name, String key, String head, String tail,
                                    List<String> permissions, String status, Instant createdAt, Instant lastUsedAt) {
    public static CreatedApiKeyResponse from(CreatedApiKey created) {
        ApiKey k = created.key();
        return new CreatedApiKeyResponse(k.id(), k.name(), created.secret().value(), k.head(), k.tail(),
                ApiKeyResponse.wireNames(k), k.status().wireName(), k.createdAt(), k.lastUsedAt());
    }
}
