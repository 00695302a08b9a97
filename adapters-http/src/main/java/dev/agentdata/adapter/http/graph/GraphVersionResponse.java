package dev.agentdata.adapter.http.graph;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.agentdata.domain.graph.GraphVersionInfo;

/** An item of {@code GET /graphs/{id}/versions}. */
public record GraphVersionResponse(int version, @JsonProperty("is_active") boolean isActive, Instant createdAt) {
    public static GraphVersionResponse from(GraphVersionInfo v) {
        return new GraphVersionResponse(v.version(), v.active(), v.createdAt());
    }
}
