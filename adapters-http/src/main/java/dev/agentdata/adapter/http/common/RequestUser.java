package dev.agentdata.adapter.http.common;

import io.helidon.webserver.http.ServerRequest;

import dev.agentdata.domain.user.UserContext;

/** Reads the caller that the auth filter registered in the request context. */
public final class RequestUser {
    private RequestUser() {
    }

    public static UserContext of(ServerRequest req) {
        return req.context().get(UserContext.class)
                .orElseThrow(() -> new UnauthorizedException("credentials are required"));
    }
}
