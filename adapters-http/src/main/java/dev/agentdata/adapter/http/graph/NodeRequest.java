package dev.agentdata.adapter.http.graph;

import java.util.Map;
import java.util.Set;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.domain.graph.Node;
import dev.agentdata.domain.graph.NodeType;

/** A node as a client writes it. */
public record NodeRequest(String id, String blockId, String label, Map<String, Object> inputDefault,
                          Map<String, Object> metadata, String nodeType) {
    static final Set<String> NODE_TYPES = Set.of("standard", "input", "output", "webhook");

    void checkShape(String path, BadRequestCollector errors) {
        errors.required(path + ".id", id).required(path + ".block_id", blockId)
                .oneOf(path + ".node_type", nodeType, NODE_TYPES);
    }

    Node toNode() {
        return new Node(id, blockId, label, inputDefault, metadata,
                nodeType == null ? NodeType.STANDARD : NodeType.fromWireName(nodeType).orElseThrow());
    }
}
