package dev.agentdata.adapter.http.graph;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.agentdata.domain.graph.Graph;

/** One graph version on the wire. */
public record GraphResponse(UUID id, int version, @JsonProperty("is_active") boolean isActive,
                            @JsonProperty("is_template") boolean isTemplate, String name, String description,
                            UUID userId, Instant createdAt, Instant updatedAt, List<NodeResponse> nodes,
                            List<LinkResponse> links) {
    public static GraphResponse from(Graph g) {
        return new GraphResponse(g.id(), g.version(), g.active(), g.content().isTemplate(), g.content().name(),
                g.content().description(), g.userId(), g.createdAt(), g.updatedAt(),
                g.content().nodes().stream().map(NodeResponse::from).toList(),
                g.content().links().stream().map(LinkResponse::from).toList());
    }
}
