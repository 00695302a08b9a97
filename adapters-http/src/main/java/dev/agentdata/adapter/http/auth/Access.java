package dev.agentdata.adapter.http.auth;

import java.util.Optional;

import dev.agentdata.domain.apikey.ApiKeyPermission;

/** What a route demands of its caller: an API-key permission (JWTs have them all), a JWT, or an admin JWT. */
public enum Access {
    READ_GRAPH(ApiKeyPermission.READ_GRAPH),
    EXECUTE_GRAPH(ApiKeyPermission.EXECUTE_GRAPH),
    READ_BLOCK(ApiKeyPermission.READ_BLOCK),
    JWT_ONLY(null),
    ADMIN(null);

    private final ApiKeyPermission permission;

    Access(ApiKeyPermission permission) {
        this.permission = permission;
    }

    public Optional<ApiKeyPermission> permission() {
        return Optional.ofNullable(permission);
    }
}
