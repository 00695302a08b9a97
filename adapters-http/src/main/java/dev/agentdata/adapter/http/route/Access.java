package dev.agentdata.adapter.http.route;

import java.util.Optional;

import dev.agentdata.domain.apikey.ApiKeyPermission;
import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.user.UserContext;

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

    /** The API-key permission that opens the route; empty when no API key may use it. */
    public Optional<ApiKeyPermission> permission() {
        return Optional.ofNullable(permission);
    }

    /** Throws {@link ForbiddenException} unless {@code actor} may use a route that demands this. */
    public void check(UserContext actor) {
        switch (this) {
            case ADMIN -> {
                if (actor.viaApiKey() || !actor.admin()) {
                    throw new ForbiddenException("this route needs an admin token");
                }
            }
            case JWT_ONLY -> {
                if (actor.viaApiKey()) {
                    throw new ForbiddenException("this route needs a bearer token, not an API key");
                }
            }
            default -> {
                if (actor.viaApiKey() && !actor.may(permission)) {
                    throw new ForbiddenException("the API key lacks the " + permission.wireName() + " permission");
                }
            }
        }
    }
}
