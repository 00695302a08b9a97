package dev.agentdata.domain.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Rules over all versions of one listing: numbering, superseding and which version is active. */
public final class ListingVersions {
    private ListingVersions() {
    }

    /** The number the next submission of the listing gets. */
    public static int nextVersion(List<StoreSubmission> versions) {
        return versions.stream().mapToInt(StoreSubmission::version).max().orElse(0) + 1;
    }

    /** Whether deleting {@code deleted} leaves the listing without any version (the listing then goes too). */
    public static boolean emptiedBy(List<StoreSubmission> versions, UUID deleted) {
        return versions.stream().allMatch(s -> s.id().equals(deleted));
    }

    /** The still-pending versions, each rejected as superseded by {@code newerVersion}. */
    public static List<StoreSubmission> supersede(List<StoreSubmission> versions, int newerVersion, Instant now) {
        return versions.stream().filter(StoreSubmission::isPending).map(s -> s.supersededBy(newerVersion, now)).toList();
    }

    /**
     * The listing after {@code reviewed} was reviewed: an approval makes it active; rejecting the active version
     * falls back to the newest other approved version, or hides the listing when there is none.
     * {@code versions} are the listing's submissions (the reviewed one in any state, or absent).
     */
    public static StoreListing afterReview(StoreListing listing, StoreSubmission reviewed,
                                           List<StoreSubmission> versions, Instant now) {
        if (reviewed.isApproved()) {
            return listing.withActiveSubmission(reviewed.id(), now);
        }
        if (!reviewed.id().equals(listing.activeSubmissionId())) {
            return listing;
        }
        UUID fallback = versions.stream()
                .filter(s -> s.isApproved() && !s.id().equals(reviewed.id()))
                .max(Comparator.comparingInt(StoreSubmission::version))
                .map(StoreSubmission::id)
                .orElse(null);
        return listing.withActiveSubmission(fallback, now);
    }
}
