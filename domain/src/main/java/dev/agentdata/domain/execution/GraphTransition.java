package dev.agentdata.domain.execution;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.agentdata.domain.graph.JsonValues;

/**
 * A graph execution's status change as the domain decides it, for each adapter to carry out atomically: the statuses
 * it may start from, the stamps it sets, the guard it needs, the cascade to the active node executions, and the
 * outputs and error message that replace the stored ones when given (null keeps them).
 */
public record GraphTransition(ExecutionStatus to, Set<ExecutionStatus> sources, Instant at,
                              Map<String, Object> outputs, String errorMessage) {
    public GraphTransition {
        Objects.requireNonNull(to, "status");
        Objects.requireNonNull(at, "at");
        sources = Set.copyOf(sources);
        if (!to.allowedSources().containsAll(sources)) {
            throw new IllegalArgumentException("sources " + sources + " include statuses that cannot move to " + to);
        }
        outputs = JsonValues.copyOf(outputs);
    }

    /** The move to {@code to} at {@code at}, from every status the lifecycle allows. */
    public static GraphTransition to(ExecutionStatus to, Instant at, Map<String, Object> outputs, String errorMessage) {
        return new GraphTransition(to, to.allowedSources(), at, outputs, errorMessage);
    }

    /** The same move, allowed only while the execution is still in {@code expected} (e.g. as the sweeper found it). */
    public GraphTransition onlyFrom(ExecutionStatus expected) {
        if (!sources.contains(expected)) {
            throw new IllegalArgumentException(expected + " is not a source of this move to " + to);
        }
        return new GraphTransition(to, EnumSet.of(expected), at, outputs, errorMessage);
    }

    /** The condition on the execution, besides its status, that the move needs. */
    public Optional<TransitionGuard> guard() {
        return to == ExecutionStatus.COMPLETED ? Optional.of(TransitionGuard.NO_ACTIVE_NODES) : Optional.empty();
    }

    /** Whether the move also ends the queued and running node executions, with {@link #nodeCascade()}. */
    public boolean cascades() {
        return to.cascadesToNodes();
    }

    /** What the cascade does to each queued or running node execution: the same status at the same instant. */
    public NodeTransition nodeCascade() {
        if (!cascades()) {
            throw new IllegalStateException("a move to " + to + " does not cascade");
        }
        return new NodeTransition(to, at, null, null, null);
    }

    /**
     * The decision for {@code current}: blocked by the guard, refused by the lifecycle, or applied (the new value,
     * its stats after the cascade, and how many node executions the cascade ends).
     */
    public TransitionOutcome<GraphExecution> decide(GraphExecution current) {
        Optional<TransitionGuard> guard = guard();
        if (guard.isPresent() && !guard.get().holdsFor(current)) {
            return new TransitionOutcome.Blocked<>(current.status(), guard.get());
        }
        if (!sources.contains(current.status())) {
            return new TransitionOutcome.Refused<>(current.status(), to);
        }
        ExecutionStats stats = cascades() ? current.stats().activeEndedAs(to) : current.stats();
        Timing timing = new Timing(current.startedAt(), current.endedAt()).enter(to, at);
        GraphExecution next = current.moved(to, timing, outputs != null ? outputs : current.outputs(),
                errorMessage != null ? errorMessage : current.errorMessage(), stats);
        int cascaded = cascades() ? Math.toIntExact(current.stats().active()) : 0;
        return new TransitionOutcome.Applied<>(next, cascaded);
    }
}
