package dev.agentdata.domain.execution;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.domain.graph.JsonValues;

/** One run of one graph version, owned by whoever started it; transitions return the next value. */
public record GraphExecution(UUID id, UUID graphId, int graphVersion, UUID userId, ExecutionStatus status,
                             Map<String, Object> inputs, Map<String, Object> outputs, String errorMessage,
                             Instant createdAt, Instant startedAt, Instant endedAt) {
    public GraphExecution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(graphId, "graph_id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "created_at");
        inputs = inputs == null ? Map.of() : JsonValues.copyOf(inputs);
        outputs = outputs == null ? Map.of() : JsonValues.copyOf(outputs);
    }

    public static GraphExecution queued(UUID id, UUID graphId, int graphVersion, UUID userId,
                                        Map<String, Object> inputs, Instant now) {
        return new GraphExecution(id, graphId, graphVersion, userId, ExecutionStatus.QUEUED, inputs, Map.of(),
                null, now, null, null);
    }

    /**
     * The execution after moving to {@code to} at {@code now}; {@code outputs} and {@code errorMessage}
     * replace the current ones when not null.
     *
     * @throws IllegalTransitionException when the lifecycle forbids the move
     */
    public GraphExecution transitionTo(ExecutionStatus to, Instant now, Map<String, Object> newOutputs,
                                       String newError) {
        if (!status.canMoveTo(to)) {
            throw new IllegalTransitionException(status, to);
        }
        Timing t = new Timing(startedAt, endedAt).enter(to, now);
        return new GraphExecution(id, graphId, graphVersion, userId, to, inputs,
                newOutputs != null ? newOutputs : outputs, newError != null ? newError : errorMessage,
                createdAt, t.startedAt(), t.endedAt());
    }

    public Double durationSeconds(Instant now) {
        return new Timing(startedAt, endedAt).durationSeconds(now);
    }
}
