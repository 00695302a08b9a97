package dev.agentdata.application.port.out;

import java.util.Optional;
import java.util.UUID;

import dev.agentdata.domain.user.User;

/** Users and their preferences. */
public interface UserRepository {
    Optional<User> findById(UUID id);

    /**
     * Stores {@code user} unless a user with its id exists; returns the stored one either way. Safe under
     * concurrent first requests of the same user.
     */
    User insertIfAbsent(User user);

    /**
     * Replaces the stored user (matched by id).
     *
     * @throws dev.agentdata.domain.user.EmailTakenException when another user has the email
     */
    User update(User user);
}
