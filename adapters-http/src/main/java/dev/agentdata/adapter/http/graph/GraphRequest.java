package dev.agentdata.adapter.http.graph;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.application.port.in.graph.GraphInput;

/** Body of create and update: one graph version. {@code name} and {@code nodes} are required. */
public record GraphRequest(String name, String description, @JsonProperty("is_template") Boolean isTemplate,
                           List<NodeRequest> nodes, List<LinkRequest> links) {

    /** Checks the shape (400, every problem listed) and makes the use-case input. */
    public GraphInput toInput() {
        BadRequestCollector errors = new BadRequestCollector().required("name", name).required("nodes", nodes);
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i) == null) {
                    errors.add("nodes[" + i + "]", "must be an object");
                } else {
                    nodes.get(i).checkShape("nodes[" + i + "]", errors);
                }
            }
        }
        if (links != null) {
            for (int i = 0; i < links.size(); i++) {
                if (links.get(i) == null) {
                    errors.add("links[" + i + "]", "must be an object");
                } else {
                    links.get(i).checkShape("links[" + i + "]", errors);
                }
            }
        }
        errors.check();
        return new GraphInput(name, description, Boolean.TRUE.equals(isTemplate),
                nodes.stream().map(NodeRequest::toNode).toList(),
                links == null ? List.of() : links.stream().map(LinkRequest::toInput).toList());
    }
}
