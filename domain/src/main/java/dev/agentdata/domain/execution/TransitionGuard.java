package dev.agentdata.domain.execution;

/**
 * A condition on the graph execution that a change needs besides its status move. Each one reads only the graph
 * execution itself (its status or its stats), so an adapter can check it on that one row, atomically with the change.
 */
public enum TransitionGuard {
    /** A graph execution completes only when none of its node executions is queued or running. */
    NO_ACTIVE_NODES,
    /** Node executions are created or changed only while their graph execution has not ended. */
    GRAPH_NOT_ENDED;

    public boolean holdsFor(GraphExecution graph) {
        return switch (this) {
            case NO_ACTIVE_NODES -> graph.stats().active() == 0;
            case GRAPH_NOT_ENDED -> !graph.status().isTerminal();
        };
    }

    /** The conflict to report when this guard held a change back; {@code graphStatus} is the current one. */
    public ExecutionStateException violation(ExecutionStatus graphStatus) {
        String message = switch (this) {
            case NO_ACTIVE_NODES -> "execution cannot complete while node executions are queued or running";
            case GRAPH_NOT_ENDED -> "execution has ended (" + graphStatus.wireName()
                    + "); its node executions can no longer change";
        };
        return new ExecutionStateException(message, graphStatus);
    }
}
