package dev.agentdata.application.port.in.store;

import java.util.List;
import java.util.UUID;

/** Publish a graph version under a slug with the texts the store shows. */
public record SubmitCommand(UUID graphId, int graphVersion, String slug, String name, String subHeading,
                            String description, List<String> categories) {
    public SubmitCommand {
        categories = categories == null ? List.of() : categories;
    }
}
