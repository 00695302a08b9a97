package dev.agentdata.application.port.in.store;

import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/** The owner changes the texts or categories of one of their pending submissions. */
public interface EditSubmissionUseCase {
    StoreSubmission edit(UserContext actor, EditSubmissionCommand command);
}
