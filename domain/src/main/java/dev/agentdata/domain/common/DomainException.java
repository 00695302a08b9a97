package dev.agentdata.domain.common;

/** Base of every rule violation the domain reports; adapters map subclasses to protocol errors. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
