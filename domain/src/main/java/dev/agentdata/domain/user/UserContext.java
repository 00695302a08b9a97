package dev.agentdata.domain.user;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.agentdata.domain.apikey.ApiKeyPermission;

/**
 * Who is asking: a user, whether they are an admin, and, when they came with an API key, the key's
 * permissions (empty {@code apiKeyId} means a JWT, which may do everything its user may).
 */
public record UserContext(UUID userId, boolean admin, Optional<UUID> apiKeyId, Set<ApiKeyPermission> permissions) {
    public UserContext {
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(apiKeyId, "api_key_id");
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    public static UserContext ofToken(UUID userId, boolean admin) {
        return new UserContext(userId, admin, Optional.empty(), EnumSet.allOf(ApiKeyPermission.class));
    }

    public static UserContext ofApiKey(UUID userId, UUID keyId, Set<ApiKeyPermission> permissions) {
        return new UserContext(userId, false, Optional.of(keyId), permissions);
    }

    public boolean viaApiKey() {
        return apiKeyId.isPresent();
    }

    public boolean may(ApiKeyPermission permission) {
        return permissions.contains(permission);
    }
}
