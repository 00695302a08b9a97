package dev.agentdata.domain.execution;

import java.util.Objects;

/**
 * Recording a new node execution as the domain decides it: queued and unstamped, allowed only while its graph
 * execution has not ended, and counted as queued in that execution's stats.
 */
public record NodeCreation(NodeExecution node) {
    public NodeCreation {
        Objects.requireNonNull(node, "node");
        if (node.status() != ExecutionStatus.QUEUED || node.startedAt() != null || node.endedAt() != null) {
            throw new IllegalArgumentException("a node execution is created queued, without start or end");
        }
    }

    public TransitionGuard guard() {
        return TransitionGuard.GRAPH_NOT_ENDED;
    }

    public TransitionOutcome<NodeExecution> decide(GraphExecution graph) {
        return guard().holdsFor(graph)
                ? new TransitionOutcome.Applied<>(node, 0)
                : new TransitionOutcome.Blocked<>(graph.status(), guard());
    }

    /** {@code graph} with its stats counting the new node execution. */
    public GraphExecution graphAfter(GraphExecution graph) {
        return graph.withStats(graph.stats().added(node.status()));
    }
}
