package dev.agentdata.application.port.in.user;

import dev.agentdata.domain.user.User;

/** Finds the token's user, creating it on first sight and refreshing email/name when the claims changed. */
public interface GetOrCreateUserUseCase {
    User getOrCreate(TokenClaims claims);
}
