package dev.agentdata.domain.user;

import dev.agentdata.domain.common.ConflictException;

/** Another user already has this email address. */
public final class EmailTakenException extends ConflictException {
    public EmailTakenException(String email) {
        super("email " + email + " belongs to another user");
    }
}
