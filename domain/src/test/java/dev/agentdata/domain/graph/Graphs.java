package dev.agentdata.domain.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Test builders for graphs over the built-in blocks. */
final class Graphs {
    static final Map<String, Block> BLOCKS = BuiltInBlocks.all().stream()
            .collect(Collectors.toUnmodifiableMap(Block::id, b -> b));
    static final Function<String, Optional<Block>> CATALOG = id -> Optional.ofNullable(BLOCKS.get(id));

    private Graphs() {
    }

    static Node node(String id, String blockId) {
        return new Node(id, blockId, "", Map.of(), Map.of(), NodeType.STANDARD);
    }

    static Node node(String id, String blockId, Map<String, Object> inputDefault) {
        return new Node(id, blockId, "", inputDefault, Map.of(), NodeType.STANDARD);
    }

    static Node inputNode(String id) {
        return new Node(id, BuiltInBlocks.AGENT_INPUT, "", Map.of(), Map.of(), NodeType.INPUT);
    }

    static Link link(String sourceId, String sourceName, String sinkId, String sinkName) {
        return new Link(UUID.randomUUID(), sourceId, sinkId, sourceName, sinkName, false);
    }

    static GraphContent graph(List<Node> nodes, List<Link> links) {
        return new GraphContent("g", null, false, nodes, links);
    }

    static GraphContent graph(List<Node> nodes, Link... links) {
        return graph(nodes, Arrays.asList(links));
    }

    static List<Node> nodes(Node... nodes) {
        return new ArrayList<>(Arrays.asList(nodes));
    }
}
