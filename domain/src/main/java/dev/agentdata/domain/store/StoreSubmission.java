package dev.agentdata.domain.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a listing as submitted: the graph version it publishes, its texts, and its review state
 * ({@code reviewerId} is null for a pending one and for one superseded by a newer submission).
 */
public record StoreSubmission(UUID id, UUID listingId, String slug, UUID graphId, int graphVersion, int version,
                              ListingContent content, SubmissionStatus status, UUID reviewerId,
                              String reviewComment, Instant reviewedAt, Instant createdAt) {
    public StoreSubmission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(listingId, "listing_id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(graphId, "graph_id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "created_at");
        if (graphVersion < 1 || version < 1) {
            throw new IllegalArgumentException("graph_version and version must be >= 1");
        }
    }

    public static StoreSubmission pending(UUID id, StoreListing listing, int graphVersion, int version,
                                          ListingContent content, Instant now) {
        return new StoreSubmission(id, listing.id(), listing.slug(), listing.graphId(), graphVersion, version,
                content, SubmissionStatus.PENDING, null, null, null, now);
    }

    /** @throws IllegalSubmissionTransitionException when the current status does not allow the decision */
    public StoreSubmission review(ReviewDecision decision, UUID reviewer, String comment, Instant now) {
        Objects.requireNonNull(reviewer, "reviewer");
        SubmissionStatus to = decision.outcome();
        if (!status.canMoveTo(to)) {
            throw new IllegalSubmissionTransitionException(status, to);
        }
        return new StoreSubmission(id, listingId, slug, graphId, graphVersion, version, content, to, reviewer,
                comment, now, createdAt);
    }

    /** This pending submission after a newer one for the same listing replaced it. */
    public StoreSubmission supersededBy(int newerVersion, Instant now) {
        if (status != SubmissionStatus.PENDING) {
            throw new IllegalSubmissionTransitionException(status, SubmissionStatus.REJECTED);
        }
        return new StoreSubmission(id, listingId, slug, graphId, graphVersion, version, content,
                SubmissionStatus.REJECTED, null, "superseded by version " + newerVersion, now, createdAt);
    }

    /** This pending submission with new texts and categories; review state and version stay. */
    public StoreSubmission edited(ListingContent newContent) {
        Objects.requireNonNull(newContent, "content");
        if (status != SubmissionStatus.PENDING) {
            throw new SubmissionLockedException("edited", status, "pending");
        }
        return new StoreSubmission(id, listingId, slug, graphId, graphVersion, version, newContent, status,
                reviewerId, reviewComment, reviewedAt, createdAt);
    }

    /** @throws SubmissionLockedException when approved: a published (or publishable) version stays on record */
    public void requireDeletable() {
        if (status == SubmissionStatus.APPROVED) {
            throw new SubmissionLockedException("deleted", status, "pending or rejected");
        }
    }

    public boolean isPending() {
        return status == SubmissionStatus.PENDING;
    }

    public boolean isApproved() {
        return status == SubmissionStatus.APPROVED;
    }
}
