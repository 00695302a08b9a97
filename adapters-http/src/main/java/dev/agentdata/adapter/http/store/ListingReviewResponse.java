package dev.agentdata.adapter.http.store;

import java.time.Instant;
import java.util.UUID;

import dev.agentdata.domain.store.StoreReview;

/** A user's review of a listing on the wire. */
public record ListingReviewResponse(UUID id, UUID listingId, UUID userId, int score, String comments, Instant createdAt,
                                    Instant updatedAt) {
    public static ListingReviewResponse from(StoreReview r) {
        return new ListingReviewResponse(r.id(), r.listingId(), r.userId(), r.score(), r.comments(), r.createdAt(),
                r.updatedAt());
    }
}
