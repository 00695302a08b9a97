package dev.agentdata.application.port.in.store;

import java.util.Optional;

import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;
import dev.agentdata.domain.user.UserContext;

/** The admins' review queue: every user's submissions, optionally of one status, newest first. */
public interface ListSubmissionsForReviewUseCase {
    Page<StoreSubmission> list(UserContext actor, Optional<SubmissionStatus> status, PageRequest page);
}
