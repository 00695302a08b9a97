package dev.agentdata.domain.common;

/** The caller is known but not allowed to do this (missing permission, not an admin, own listing review). */
public final class ForbiddenException extends DomainException {
    public ForbiddenException(String message) {
        super(message);
    }
}
