package dev.agentdata.adapter.http.auth;

import static dev.agentdata.adapter.http.auth.Access.ADMIN;
import static dev.agentdata.adapter.http.auth.Access.EXECUTE_GRAPH;
import static dev.agentdata.adapter.http.auth.Access.JWT_ONLY;
import static dev.agentdata.adapter.http.auth.Access.READ_BLOCK;
import static dev.agentdata.adapter.http.auth.Access.READ_GRAPH;
import static io.helidon.http.Method.DELETE;
import static io.helidon.http.Method.GET;
import static io.helidon.http.Method.PATCH;
import static io.helidon.http.Method.POST;
import static io.helidon.http.Method.PUT;

import java.util.List;

import io.helidon.http.Method;

import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.user.UserContext;

/**
 * Which caller may use which route, for every route of API.md in one table. Routes not in the table need a
 * JWT; everything under {@code /api/v1/admin/} needs an admin JWT.
 */
public final class RoutePolicy {
    static final String ADMIN_PREFIX = "/api/v1/admin/";

    static final List<RouteRule> RULES = List.of(
            RouteRule.of(GET, "/api/v1/me", JWT_ONLY),
            RouteRule.of(PATCH, "/api/v1/me", JWT_ONLY),
            RouteRule.of(GET, "/api/v1/me/preferences", JWT_ONLY),
            RouteRule.of(PATCH, "/api/v1/me/preferences", JWT_ONLY),
            RouteRule.of(GET, "/api/v1/blocks", READ_BLOCK),
            RouteRule.of(POST, "/api/v1/graphs", JWT_ONLY),
            RouteRule.of(GET, "/api/v1/graphs", READ_GRAPH),
            RouteRule.of(GET, "/api/v1/graphs/{id}", READ_GRAPH),
            RouteRule.of(PUT, "/api/v1/graphs/{id}", JWT_ONLY),
            RouteRule.of(DELETE, "/api/v1/graphs/{id}", JWT_ONLY),
            RouteRule.of(GET, "/api/v1/graphs/{id}/versions", READ_GRAPH),
            RouteRule.of(GET, "/api/v1/graphs/{id}/versions/{version}", READ_GRAPH),
            RouteRule.of(PUT, "/api/v1/graphs/{id}/active-version", JWT_ONLY),
            RouteRule.of(POST, "/api/v1/graphs/{id}/executions", EXECUTE_GRAPH),
            RouteRule.of(GET, "/api/v1/executions", READ_GRAPH),
            RouteRule.of(GET, "/api/v1/executions/{id}", READ_GRAPH),
            RouteRule.of(POST, "/api/v1/executions/{id}/status", EXECUTE_GRAPH),
            RouteRule.of(POST, "/api/v1/executions/{id}/cancel", EXECUTE_GRAPH),
            RouteRule.of(POST, "/api/v1/executions/{id}/node-executions", EXECUTE_GRAPH),
            RouteRule.of(POST, "/api/v1/executions/{id}/node-executions/{node_execution_id}/status", EXECUTE_GRAPH),
            RouteRule.of(GET, "/api/v1/credits", JWT_ONLY),
            RouteRule.of(POST, "/api/v1/credits/top-up", JWT_ONLY),
            RouteRule.of(GET, "/api/v1/credits/transactions", JWT_ONLY),
            RouteRule.of(GET, "/api/v1/credits/auto-top-up", JWT_ONLY),
            RouteRule.of(PUT, "/api/v1/credits/auto-top-up", JWT_ONLY),
            RouteRule.of(POST, "/api/v1/admin/credits/{user_id}/grant", ADMIN),
            RouteRule.of(POST, "/api/v1/api-keys", JWT_ONLY),
            RouteRule.of(GET, "/api/v1/api-keys", JWT_ONLY),
            RouteRule.of(DELETE, "/api/v1/api-keys/{id}", JWT_ONLY),
            RouteRule.of(POST, "/api/v1/store/submissions", JWT_ONLY),
            RouteRule.of(GET, "/api/v1/store/submissions", JWT_ONLY),
            RouteRule.of(PATCH, "/api/v1/store/submissions/{id}", JWT_ONLY),
            RouteRule.of(DELETE, "/api/v1/store/submissions/{id}", JWT_ONLY),
            RouteRule.of(GET, "/api/v1/admin/store/submissions", ADMIN),
            RouteRule.of(POST, "/api/v1/admin/store/submissions/{id}/review", ADMIN),
            RouteRule.of(GET, "/api/v1/store/listings", JWT_ONLY),
            RouteRule.of(GET, "/api/v1/store/listings/{slug}", JWT_ONLY),
            RouteRule.of(POST, "/api/v1/store/listings/{slug}/reviews", JWT_ONLY));

    /** The access a request needs: the table's row, else admin under {@code /api/v1/admin/}, else a JWT. */
    public Access accessFor(Method method, String path) {
        if (path.startsWith(ADMIN_PREFIX)) {
            return ADMIN;
        }
        for (RouteRule rule : RULES) {
            if (rule.matches(method, path)) {
                return rule.access();
            }
        }
        return JWT_ONLY;
    }

    /** Throws {@link ForbiddenException} unless {@code actor} may use the route. */
    public void check(Method method, String path, UserContext actor) {
        Access access = accessFor(method, path);
        switch (access) {
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
                if (actor.viaApiKey() && !actor.may(access.permission().orElseThrow())) {
                    throw new ForbiddenException("the API key lacks the " + access.permission().orElseThrow().wireName()
                            + " permission");
                }
            }
        }
    }
}
