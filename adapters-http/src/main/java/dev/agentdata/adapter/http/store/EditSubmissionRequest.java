package dev.agentdata.adapter.http.store;

import java.util.List;
import java.util.UUID;

import dev.agentdata.application.port.in.store.EditSubmissionCommand;

/** Body of {@code PATCH /store/submissions/{id}}: any of name, sub_heading, description, categories; null is a 400. */
public record EditSubmissionRequest(String name, String subHeading, String description, List<String> categories) {
    EditSubmissionCommand toCommand(UUID submissionId) {
        return new EditSubmissionCommand(submissionId, name, subHeading, description, categories);
    }
}
