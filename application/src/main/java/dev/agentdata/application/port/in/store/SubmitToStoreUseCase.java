package dev.agentdata.application.port.in.store;

import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/** Submits one of the actor's graph versions as a pending listing version (a new listing or the next version). */
public interface SubmitToStoreUseCase {
    StoreSubmission submit(UserContext actor, SubmitCommand command);
}
