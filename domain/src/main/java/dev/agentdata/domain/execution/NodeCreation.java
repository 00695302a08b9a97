package dev.agentdata.domain.execution;

import java.util.Objects;

/**
 * Recording a new node execution as the domain decides it: queued and unstamped, only for a node of the graph
 * execution's graph version, allowed only while that execution has not ended, and counted as queued in its stats.
 * An unknown node is reported before an ended execution (422 before 409).
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

    /**
     * The outcome on {@code graph} as it is now; {@code nodeInVersion} says whether the node id is one of the nodes of
     * {@code graph}'s graph version.
     */
    public TransitionOutcome<NodeExecution> decide(GraphExecution graph, boolean nodeInVersion) {
        if (!nodeInVersion) {
            return new TransitionOutcome.UnknownNode<>(node.nodeId(), graph.graphVersion());
        }
        return guard().holdsFor(graph)
                ? new TransitionOutcome.Applied<>(node, 0)
                : new TransitionOutcome.Blocked<>(graph.status(), guard());
    }

    /** {@code graph} with its stats counting the new node execution. */
    public GraphExecution graphAfter(GraphExecution graph) {
        return graph.withStats(graph.stats().added(node.status()));
    }
}
