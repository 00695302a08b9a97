package dev.agentdata.adapter.http.graph;

import java.util.Map;

import dev.agentdata.domain.graph.Node;

/** A node on the wire. */
public record NodeResponse(String id, String blockId, String label, Map<String, Object> inputDefault,
                           Map<String, Object> metadata, String nodeType) {
    public static NodeResponse from(Node n) {
        return new NodeResponse(n.id(), n.blockId(), n.label(), n.inputDefault(), n.metadata(), n.nodeType().wireName());
    }
}
