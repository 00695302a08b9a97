package dev.agentdata.adapter.memory.store;

import java.util.UUID;

/** Key of the review table: one review per listing and user. */
record ReviewKey(UUID listingId, UUID userId) {
}
