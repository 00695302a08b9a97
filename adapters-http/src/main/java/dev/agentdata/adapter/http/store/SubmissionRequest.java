package dev.agentdata.adapter.http.store;

import java.util.List;
import java.util.UUID;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.application.port.in.store.SubmitCommand;

/** Body of {@code POST /store/submissions}; every field is required. */
public record SubmissionRequest(UUID graphId, Integer graphVersion, String slug, String name, String subHeading,
                                String description, List<String> categories) {
    SubmitCommand toCommand() {
        new BadRequestCollector().required("graph_id", graphId).required("graph_version", graphVersion)
                .required("slug", slug).required("name", name).required("sub_heading", subHeading)
                .required("description", description).required("categories", categories).check();
        return new SubmitCommand(graphId, graphVersion, slug, name, subHeading, description, categories);
    }
}
