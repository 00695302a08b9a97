package dev.agentdata.domain.execution;

import dev.agentdata.domain.common.DomainException;

/** A change refused because of the state of a related execution (graph execution already ended, nodes still active). */
public final class ExecutionStateException extends DomainException {
    private final ExecutionStatus current;

    public ExecutionStateException(String message, ExecutionStatus current) {
        super(message);
        this.current = current;
    }

    public ExecutionStatus current() {
        return current;
    }
}
