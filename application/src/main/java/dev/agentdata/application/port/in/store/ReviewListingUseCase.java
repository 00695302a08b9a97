package dev.agentdata.application.port.in.store;

import dev.agentdata.domain.user.UserContext;

/** Writes the actor's review of a published listing (one per user; a second replaces the first). */
public interface ReviewListingUseCase {
    ReviewOutcome review(UserContext actor, ReviewListingCommand command);
}
