package dev.agentdata.adapter.http.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.agentdata.domain.store.StoreSubmission;

/** A store submission (one version of a listing) on the wire. */
public record SubmissionResponse(UUID id, UUID listingId, String slug, int version, UUID graphId, int graphVersion,
                                 String name, String subHeading, String description, List<String> categories,
                                 String status, UUID reviewerId, String reviewComment, Instant reviewedAt,
                                 Instant createdAt) {
    public static SubmissionResponse from(StoreSubmission s) {
        return new SubmissionResponse(s.id(), s.listingId(), s.slug(), s.version(), s.graphId(), s.graphVersion(),
                s.content().name(), s.content().subHeading(), s.content().description(), s.content().categories(),
                s.status().wireName(), s.reviewerId(), s.reviewComment(), s.reviewedAt(), s.createdAt());
    }
}
