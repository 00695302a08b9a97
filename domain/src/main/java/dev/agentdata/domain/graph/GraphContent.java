package dev.agentdata.domain.graph;

import java.util.List;
import java.util.Objects;

/** What a client writes for one graph version: everything but identity, version and timestamps. */
public record GraphContent(String name, String description, boolean isTemplate, List<Node> nodes, List<Link> links) {
    public GraphContent {
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }
}
