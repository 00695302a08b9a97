package dev.agentdata.domain.execution;

import java.util.Objects;
import java.util.UUID;

import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;

/**
 * What became of a planned change: applied, or why not. A lost race is one of the refusals, never a silent no-op.
 *
 * @param <T> the changed value: a graph or a node execution
 */
public sealed interface TransitionOutcome<T> {

    /** The change happened: {@code value} is the new state; {@code cascaded} node executions ended with it. */
    record Applied<T>(T value, int cascaded) implements TransitionOutcome<T> {
        public Applied {
            Objects.requireNonNull(value, "value");
            if (cascaded < 0) {
                throw new IllegalArgumentException("cascaded must be >= 0");
            }
        }
    }

    /** No such {@code resource} for this caller (another owner's counts as none). */
    record NotFound<T>(String resource, UUID id) implements TransitionOutcome<T> {
    }

    /** The lifecycle forbids moving from {@code current} (the status the execution has now) to {@code requested}. */
    record Refused<T>(ExecutionStatus current, ExecutionStatus requested) implements TransitionOutcome<T> {
    }

    /** The status move is allowed but {@code guard} failed; {@code current} is the graph execution's status. */
    record Blocked<T>(ExecutionStatus current, TransitionGuard guard) implements TransitionOutcome<T> {
    }

    /** A node execution for {@code nodeId}, which is not a node of the execution's graph version {@code graphVersion}. */
    record UnknownNode<T>(String nodeId, int graphVersion) implements TransitionOutcome<T> {
        /** The 422 that reports it, on {@code node_id}. */
        public ValidationException violation() {
            return ValidationException.of("node_id", "no node '" + nodeId + "' in graph version " + graphVersion);
        }
    }

    static <T> TransitionOutcome<T> executionNotFound(UUID id) {
        return new NotFound<>("execution", id);
    }

    static <T> TransitionOutcome<T> nodeExecutionNotFound(UUID id) {
        return new NotFound<>("node execution", id);
    }

    /**
     * The applied change; otherwise the exception that says why not.
     *
     * @throws NotFoundException when not found
     * @throws IllegalTransitionException when refused, naming the current status
     * @throws ExecutionStateException when blocked by a guard
     * @throws ValidationException for an unknown node
     */
    default Applied<T> orElseThrow() {
        return switch (this) {
            case Applied<T> applied -> applied;
            case NotFound<T> missing -> throw new NotFoundException(missing.resource(), missing.id());
            case Refused<T> refused -> throw new IllegalTransitionException(refused.current(), refused.requested());
            case Blocked<T> blocked -> throw blocked.guard().violation(blocked.current());
            case UnknownNode<T> unknown -> throw unknown.violation();
        };
    }
}
