package dev.agentdata.application.port.in.store;

import java.util.List;
import java.util.UUID;

/** New texts or categories for a pending submission; a {@code null} field keeps its current value. */
public record EditSubmissionCommand(UUID submissionId, String name, String subHeading, String description,
                                    List<String> categories) {
}
