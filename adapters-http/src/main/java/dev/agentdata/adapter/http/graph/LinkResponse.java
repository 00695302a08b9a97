package dev.agentdata.adapter.http.graph;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.agentdata.domain.graph.Link;

/** A link on the wire, with its server-given id. */
public record LinkResponse(UUID id, String sourceId, String sinkId, String sourceName, String sinkName,
                           @JsonProperty("is_static") boolean isStatic) {
    public static LinkResponse from(Link l) {
        return new LinkResponse(l.id(), l.sourceId(), l.sinkId(), l.sourceName(), l.sinkName(), l.isStatic());
    }
}
