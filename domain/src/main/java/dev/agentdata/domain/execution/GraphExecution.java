package dev.agentdata.domain.execution;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.domain.graph.JsonValues;

/** One run of one graph version, owned by whoever started it, with its run stats; transitions return the next value. */
public record GraphExecution(UUID id, UUID graphId, int graphVersion, UUID userId, ExecutionStatus status,
                             Map<String, Object> inputs, Map<String, Object> outputs, String errorMessage,
                             Instant createdAt, Instant startedAt, Instant endedAt, ExecutionStats stats) {
    public GraphExecution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(graphId, "graph_id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "created_at");
        Objects.requireNonNull(stats, "stats");
        inputs = inputs == null ? Map.of() : JsonValues.copyOf(inputs);
        outputs = outputs == null ? Map.of() : JsonValues.copyOf(outputs);
    }

    public static GraphExecution queued(UUID id, UUID graphId, int graphVersion, UUID userId,
                                        Map<String, Object> inputs, Instant now) {
        return new GraphExecution(id, graphId, graphVersion, userId, ExecutionStatus.QUEUED, inputs, Map.of(),
                null, now, null, null, ExecutionStats.NONE);
    }

    /**
     * The execution after moving to {@code to} at {@code now}, as {@link GraphTransition} decides it; {@code outputs}
     * and {@code errorMessage} replace the current ones when not null.
     *
     * @throws IllegalTransitionException when the lifecycle forbids the move
     * @throws ExecutionStateException when completing while node executions are queued or running
     */
    public GraphExecution transitionTo(ExecutionStatus to, Instant now, Map<String, Object> newOutputs,
                                       String newError) {
        return GraphTransition.to(to, now, newOutputs, newError).decide(this).orElseThrow().value();
    }

    /** This execution with the stats a plan decided; only plans change stats. */
    GraphExecution withStats(ExecutionStats newStats) {
        return moved(status, new Timing(startedAt, endedAt), outputs, errorMessage, newStats);
    }

    /** This execution in {@code to} with what a plan decided for it (the one place a change builds a new value). */
    GraphExecution moved(ExecutionStatus to, Timing timing, Map<String, Object> newOutputs, String newError,
                         ExecutionStats newStats) {
        return new GraphExecution(id, graphId, graphVersion, userId, to, inputs, newOutputs, newError, createdAt,
                timing.startedAt(), timing.endedAt(), newStats);
    }

    public Double durationSeconds(Instant now) {
        return new Timing(startedAt, endedAt).durationSeconds(now);
    }
}
