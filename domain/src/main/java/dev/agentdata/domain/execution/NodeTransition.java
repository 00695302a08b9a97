package dev.agentdata.domain.execution;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.graph.JsonValues;

/**
 * A node execution's status change as the domain decides it: the statuses it may start from (the table's), the
 * stamps, the guard on its graph execution, what it does to the graph execution's stats, and the outputs, error
 * message and cost that replace the stored ones when given. A cost comes only with completed and is never negative.
 */
public record NodeTransition(ExecutionStatus to, Instant at, Map<String, Object> outputs, String errorMessage,
                             Long cost) {
    public NodeTransition {
        Objects.requireNonNull(to, "status");
        Objects.requireNonNull(at, "at");
        if (cost != null && to != ExecutionStatus.COMPLETED) {
            throw ValidationException.of("execution_cost", "may only be given with status completed");
        }
        if (cost != null && cost < 0) {
            throw ValidationException.of("execution_cost", "must be >= 0");
        }
        outputs = JsonValues.copyOf(outputs);
    }

    public Set<ExecutionStatus> sources() {
        return to.allowedSources();
    }

    public TransitionGuard guard() {
        return TransitionGuard.GRAPH_NOT_ENDED;
    }

    /** The credits this change charges the owner: the cost of a completion, when above zero. */
    public long charge() {
        return cost == null ? 0 : cost;
    }

    /** The decision for {@code current} of {@code graph}: blocked by the guard, refused by the table, or applied. */
    public TransitionOutcome<NodeExecution> decide(GraphExecution graph, NodeExecution current) {
        if (!guard().holdsFor(graph)) {
            return new TransitionOutcome.Blocked<>(graph.status(), guard());
        }
        if (!sources().contains(current.status())) {
            return new TransitionOutcome.Refused<>(current.status(), to);
        }
        return new TransitionOutcome.Applied<>(moved(current), 0);
    }

    /**
     * {@code current} after this change, by the lifecycle alone (the guard needs the graph execution: see
     * {@link #decide}).
     *
     * @throws IllegalTransitionException when the lifecycle forbids the move
     */
    public NodeExecution applyTo(NodeExecution current) {
        if (!sources().contains(current.status())) {
            throw new IllegalTransitionException(current.status(), to);
        }
        return moved(current);
    }

    /** {@code graph} with its stats after {@code before} made this change. */
    public GraphExecution graphAfter(GraphExecution graph, NodeExecution before) {
        return graph.withStats(graph.stats().moved(before.status(), to).charged(charge()));
    }

    private NodeExecution moved(NodeExecution current) {
        Timing timing = new Timing(current.startedAt(), current.endedAt()).enter(to, at);
        return current.moved(to, timing, outputs != null ? outputs : current.outputs(),
                errorMessage != null ? errorMessage : current.errorMessage(),
                cost != null ? cost : current.executionCost());
    }
}
