package dev.agentdata.domain.graph;

import java.time.Instant;
import java.util.UUID;

/** A graph's active version with execution statistics over all its versions, for "my graphs" pages. */
public record GraphSummary(UUID id, int version, String name, String description, Instant createdAt,
                           Instant updatedAt, long executionCount, Instant lastExecutionAt, Double successRate) {
}
