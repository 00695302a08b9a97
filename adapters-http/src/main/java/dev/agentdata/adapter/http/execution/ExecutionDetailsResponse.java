package dev.agentdata.adapter.http.execution;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.ExecutionDetails;
import dev.agentdata.domain.execution.GraphExecution;

/** {@code GET /executions/{id}}: a graph execution with its node executions. */
public record ExecutionDetailsResponse(UUID id, UUID graphId, int graphVersion, UUID userId, String status,
                                       Map<String, Object> inputs, Map<String, Object> outputs, String errorMessage,
                                       Instant createdAt, Instant startedAt, Instant endedAt, Double durationSeconds,
                                       List<NodeExecutionResponse> nodeExecutions) {
    public static ExecutionDetailsResponse from(ExecutionDetails d, Instant now) {
        GraphExecution e = d.execution();
        return new ExecutionDetailsResponse(e.id(), e.graphId(), e.graphVersion(), e.userId(), e.status().wireName(),
                e.inputs(), e.outputs(), e.errorMessage(), e.createdAt(), e.startedAt(), e.endedAt(),
                e.durationSeconds(now),
                d.nodeExecutions().stream().map(n -> NodeExecutionResponse.from(n, now)).toList());
    }
}
