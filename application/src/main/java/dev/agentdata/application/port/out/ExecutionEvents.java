package dev.agentdata.application.port.out;

import dev.agentdata.domain.execution.ExecutionStatus;

/** Hears of execution status changes once they have committed (for metrics); {@link #NONE} hears nothing. */
public interface ExecutionEvents {
    ExecutionEvents NONE = new ExecutionEvents() {
    };

    /** A graph execution moved to {@code to}. */
    default void graphTransitioned(ExecutionStatus to) {
    }

    /** {@code count} node executions moved to {@code to} (one by request, or many by a cascade). */
    default void nodesTransitioned(ExecutionStatus to, int count) {
    }
}
