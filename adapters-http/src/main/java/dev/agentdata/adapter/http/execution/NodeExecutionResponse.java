package dev.agentdata.adapter.http.execution;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.domain.execution.NodeExecution;

/** A node execution on the wire. */
public record NodeExecutionResponse(UUID id, UUID graphExecutionId, String nodeId, String status,
                                    Map<String, Object> inputs, Map<String, Object> outputs, String errorMessage,
                                    long executionCost, Instant startedAt, Instant endedAt, Double durationSeconds) {
    public static NodeExecutionResponse from(NodeExecution n, Instant now) {
        return new NodeExecutionResponse(n.id(), n.graphExecutionId(), n.nodeId(), n.status().wireName(), n.inputs(),
                n.outputs(), n.errorMessage(), n.executionCost(), n.startedAt(), n.endedAt(), n.durationSeconds(now));
    }
}
