package dev.agentdata.domain.common;

/** A request that is well-formed but clashes with the current state (duplicate slug, email, key replay, ...). */
public class ConflictException extends DomainException {
    public ConflictException(String message) {
        super(message);
    }
}
