package dev.agentdata.application.port.in.store;

import java.util.UUID;

import dev.agentdata.domain.store.ReviewDecision;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/** An admin approves or rejects a submission, which moves the listing's active version accordingly. */
public interface ReviewSubmissionUseCase {
    StoreSubmission review(UserContext actor, UUID submissionId, ReviewDecision decision, String comment);
}
