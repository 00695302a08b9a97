package dev.agentdata.application.port.in.store;

import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.user.UserContext;

/** Pages through the actor's own submissions, newest first. */
public interface ListMySubmissionsUseCase {
    Page<StoreSubmission> list(UserContext actor, PageRequest page);
}
