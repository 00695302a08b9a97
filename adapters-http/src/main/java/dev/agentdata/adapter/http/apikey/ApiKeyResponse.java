package dev.agentdata.adapter.http.apikey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.agentdata.application.port.in.apikey.CreatedApiKey;
import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.apikey.ApiKeyPermission;

/** An API key on the wire; {@code key} is there only in the answer that made it, never in a list. */
public record ApiKeyResponse(UUID id, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String key, String head,
                             String tail, List<String> permissions, String status, Instant createdAt,
                             Instant lastUsedAt) {
    /** A stored key: never the key itself. */
    public static ApiKeyResponse from(ApiKey k) {
        return of(k, null);
    }

    /** The answer to {@code POST /api-keys}: the only response that carries the raw {@code key}. */
    public static ApiKeyResponse created(CreatedApiKey created) {
        return of(created.key(), created.secret().value());
    }

    private static ApiKeyResponse of(ApiKey k, String key) {
        return new ApiKeyResponse(k.id(), k.name(), key, k.head(), k.tail(),
                k.permissions().stream().sorted().map(ApiKeyPermission::wireName).toList(), k.status().wireName(),
                k.createdAt(), k.lastUsedAt());
    }
}
