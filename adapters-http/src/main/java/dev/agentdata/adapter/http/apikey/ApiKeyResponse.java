package dev.agentdata.adapter.http.apikey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.apikey.ApiKeyPermission;

/** A stored API key on the wire: never the key itself. */
public record ApiKeyResponse(UUID id, String name, String head, String tail, List<String> permissions, String status,
                             Instant createdAt, Instant lastUsedAt) {
    public static ApiKeyResponse from(ApiKey k) {
        return new ApiKeyResponse(k.id(), k.name(), k.head(), k.tail(), wireNames(k), k.status().wireName(),
                k.createdAt(), k.lastUsedAt());
    }

    static List<String> wireNames(ApiKey k) {
        return k.permissions().stream().sorted().map(ApiKeyPermission::wireName).toList();
    }
}
