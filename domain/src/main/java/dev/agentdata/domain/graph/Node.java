package dev.agentdata.domain.graph;

import java.util.Map;
import java.util.Objects;

/** A step of a graph: a client-chosen id, the block it runs, default inputs and free-form metadata. */
public record Node(String id, String blockId, String label, Map<String, Object> inputDefault,
                   Map<String, Object> metadata, NodeType nodeType) {
    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(blockId, "block_id");
        label = label == null ? "" : label;
        inputDefault = inputDefault == null ? Map.of() : JsonValues.copyOf(inputDefault);
        metadata = metadata == null ? Map.of() : JsonValues.copyOf(metadata);
        nodeType = nodeType == null ? NodeType.STANDARD : nodeType;
    }
}
