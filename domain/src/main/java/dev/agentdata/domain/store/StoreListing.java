package dev.agentdata.domain.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.domain.common.ForbiddenException;

/**
 * A graph's place in the store: one owner, one graph, a unique slug and the submission that is its active
 * (approved) version; {@code activeSubmissionId} is null while no version is approved, which hides it.
 */
public record StoreListing(UUID id, String slug, UUID graphId, UUID ownerId, UUID activeSubmissionId,
                           Instant createdAt, Instant updatedAt) {
    public StoreListing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(graphId, "graph_id");
        Objects.requireNonNull(ownerId, "owner_id");
        Objects.requireNonNull(createdAt, "created_at");
        Objects.requireNonNull(updatedAt, "updated_at");
        if (!ListingContent.SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must match " + ListingContent.SLUG.pattern() + ": " + slug);
        }
    }

    public static StoreListing create(UUID id, String slug, UUID graphId, UUID ownerId, Instant now) {
        return new StoreListing(id, slug, graphId, ownerId, null, now, now);
    }

    /** Visible in the store: some version is approved and active. */
    public boolean isPublished() {
        return activeSubmissionId != null;
    }

    /**
     * A submission under this listing's slug adds a version only when it comes from the owner for the same graph.
     *
     * @throws SlugTakenException otherwise
     */
    public void requireAdmits(UUID callerId, UUID submittedGraphId) {
        if (!ownerId.equals(callerId) || !graphId.equals(submittedGraphId)) {
            throw new SlugTakenException(slug);
        }
    }

    /** @throws ForbiddenException when the reviewer is the listing's creator */
    public void requireReviewableBy(UUID userId) {
        if (ownerId.equals(userId)) {
            throw new ForbiddenException("the creator of listing '" + slug + "' cannot review it");
        }
    }

    public StoreListing withActiveSubmission(UUID submissionId, Instant now) {
        if (Objects.equals(submissionId, activeSubmissionId)) {
            return this;
        }
        return new StoreListing(id, slug, graphId, ownerId, submissionId, createdAt, now);
    }
}
