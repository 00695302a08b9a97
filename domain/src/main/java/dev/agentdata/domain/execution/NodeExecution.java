package dev.agentdata.domain.execution;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.domain.graph.JsonValues;

/** One run of one node inside a graph execution; same lifecycle as the graph execution. */
public record NodeExecution(UUID id, UUID graphExecutionId, String nodeId, ExecutionStatus status,
                            Map<String, Object> inputs, Map<String, Object> outputs, String errorMessage,
                            long executionCost, Instant createdAt, Instant startedAt, Instant endedAt) {
    public NodeExecution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(graphExecutionId, "graph_execution_id");
        Objects.requireNonNull(nodeId, "node_id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "created_at");
        inputs = inputs == null ? Map.of() : JsonValues.copyOf(inputs);
        outputs = outputs == null ? Map.of() : JsonValues.copyOf(outputs);
        if (executionCost < 0) {
            throw new IllegalArgumentException("execution_cost must be >= 0");
        }
    }

    public static NodeExecution queued(UUID id, UUID graphExecutionId, String nodeId, Map<String, Object> inputs,
                                       Instant now) {
        return new NodeExecution(id, graphExecutionId, nodeId, ExecutionStatus.QUEUED, inputs, Map.of(), null, 0,
                now, null, null);
    }

    /**
     * The node execution after moving to {@code to}, as {@link NodeTransition} decides it by the lifecycle; non-null
     * outputs, error and cost replace the current ones.
     *
     * @throws IllegalTransitionException when the lifecycle forbids the move
     */
    public NodeExecution transitionTo(ExecutionStatus to, Instant now, Map<String, Object> newOutputs,
                                      String newError, Long newCost) {
        return new NodeTransition(to, now, newOutputs, newError, newCost).applyTo(this);
    }

    /** This node execution in {@code to} with what a plan decided (the one place a change builds a new value). */
    NodeExecution moved(ExecutionStatus to, Timing timing, Map<String, Object> newOutputs, String newError,
                        long newCost) {
        return new NodeExecution(id, graphExecutionId, nodeId, to, inputs, newOutputs, newError, newCost, createdAt,
                timing.startedAt(), timing.endedAt());
    }

    public Double durationSeconds(Instant now) {
        return new Timing(startedAt, endedAt).durationSeconds(now);
    }
}
