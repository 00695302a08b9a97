package dev.agentdata.domain.execution;

import dev.agentdata.domain.common.DomainException;

/** A status change the lifecycle forbids; {@code from} is the status the execution actually has. */
public final class IllegalTransitionException extends DomainException {
    private final ExecutionStatus from;
    private final ExecutionStatus to;

    public IllegalTransitionException(ExecutionStatus from, ExecutionStatus to) {
        super("cannot move from " + from.wireName() + " to " + to.wireName() + "; current status is " + from.wireName());
        this.from = from;
        this.to = to;
    }

    public ExecutionStatus from() {
        return from;
    }

    public ExecutionStatus to() {
        return to;
    }
}
