package dev.agentdata.application.port.in.store;

import java.util.UUID;

import dev.agentdata.domain.user.UserContext;

/** The owner deletes one of their submissions that is not approved (its listing goes with its last version). */
public interface DeleteSubmissionUseCase {
    void delete(UserContext actor, UUID submissionId);
}
