package dev.agentdata.application.port.in.apikey;

import java.util.Optional;

import dev.agentdata.domain.user.UserContext;

/** Resolves a raw {@code X-API-Key} value to its owner and permissions; empty for unknown or revoked keys. */
public interface AuthenticateApiKeyUseCase {
    Optional<UserContext> authenticate(String rawKey);
}
