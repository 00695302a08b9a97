package dev.agentdata.application.port.in.store;

import dev.agentdata.domain.store.StoreReview;

/** The stored review and whether it is the user's first one for the listing (else it replaced the earlier one). */
public record ReviewOutcome(StoreReview review, boolean created) {
}
