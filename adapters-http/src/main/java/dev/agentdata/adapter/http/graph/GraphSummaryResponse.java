package dev.agentdata.adapter.http.graph;

import java.time.Instant;
import java.util.UUID;

import dev.agentdata.domain.graph.GraphSummary;

/** An item of {@code GET /graphs}: the active version with execution statistics. */
public record GraphSummaryResponse(UUID id, int version, String name, String description, Instant createdAt,
                                   Instant updatedAt, long executionCount, Instant lastExecutionAt,
                                   Double successRate) {
    public static GraphSummaryResponse from(GraphSummary s) {
        return new GraphSummaryResponse(s.id(), s.version(), s.name(), s.description(), s.createdAt(), s.updatedAt(),
                s.executionCount(), s.lastExecutionAt(), s.successRate());
    }
}
