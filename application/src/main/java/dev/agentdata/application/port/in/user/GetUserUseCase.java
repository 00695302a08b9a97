package dev.agentdata.application.port.in.user;

import java.util.UUID;

import dev.agentdata.domain.user.User;

/** Reads a user (and so their preferences). */
public interface GetUserUseCase {
    User get(UUID userId);
}
