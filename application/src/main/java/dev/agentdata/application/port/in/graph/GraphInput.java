package dev.agentdata.application.port.in.graph;

import java.util.List;

import dev.agentdata.domain.graph.Node;

/** The body of a create or update: one graph version as the client writes it. */
public record GraphInput(String name, String description, boolean isTemplate, List<Node> nodes, List<LinkInput> links) {
    public GraphInput {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
