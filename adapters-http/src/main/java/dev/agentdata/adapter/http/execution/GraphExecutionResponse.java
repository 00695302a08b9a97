package dev.agentdata.adapter.http.execution;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.domain.execution.GraphExecution;

/** A graph execution on the wire; {@code duration_seconds} is computed against the clock. */
public record GraphExecutionResponse(UUID id, UUID graphId, int graphVersion, UUID userId, String status,
                                     Map<String, Object> inputs, Map<String, Object> outputs, String errorMessage,
                                     Instant createdAt, Instant startedAt, Instant endedAt, Double durationSeconds,
                                     ExecutionStatsResponse stats) {
    public static GraphExecutionResponse from(GraphExecution e, Instant now) {
        return new GraphExecutionResponse(e.id(), e.graphId(), e.graphVersion(), e.userId(), e.status().wireName(),
                e.inputs(), e.outputs(), e.errorMessage(), e.createdAt(), e.startedAt(), e.endedAt(),
                e.durationSeconds(now), ExecutionStatsResponse.from(e.stats()));
    }
}
