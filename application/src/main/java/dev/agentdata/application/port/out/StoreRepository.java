package dev.agentdata.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.store.RatingDelta;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreReview;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;

/**
 * Store listings, their submissions (versions) and reviews, plus the published-listing read model: its
 * {@code rating} and {@code review_count} follow {@link #saveReview}, its {@code run_count} follows the executions
 * of the listed graph by users other than the creator, both without aggregating at read time where it matters.
 */
public interface StoreRepository {
    /**
     * Stores the listing unless its slug or its graph already has one (then nothing changes and the answer is
     * false); safe under concurrent inserts: a racing insert of the same slug or graph waits for the winner.
     */
    boolean insertListingIfAbsent(StoreListing listing);

    /** Replaces the active submission and {@code updated_at} of the stored listing (matched by id). */
    void updateListing(StoreListing listing);

    Optional<StoreListing> findListingBySlug(String slug);

    Optional<StoreListing> findListingByGraph(UUID graphId);

    /** Reads the listing and locks it until the unit of work ends (serialises submissions and reviews of it). */
    Optional<StoreListing> lockListing(UUID listingId);

    void insertSubmission(StoreSubmission submission);

    /** Replaces the review state (status, reviewer, comment, reviewed_at) of the stored submission. */
    void updateSubmission(StoreSubmission submission);

    /** Replaces the texts and categories (name, sub heading, description, categories) of the stored submission. */
    void updateSubmissionContent(StoreSubmission submission);

    /** Removes the submission (never the listing's active one); nothing happens when it is absent. */
    void deleteSubmission(UUID submissionId);

    /** Removes a listing that has no submissions left, with its reviews, freeing its slug and its graph. */
    void deleteListing(UUID listingId);

    Optional<StoreSubmission> findSubmission(UUID submissionId);

    /** Every submission of the listing, by version ascending. */
    List<StoreSubmission> listVersions(UUID listingId);

    /** Submissions of the owner's listings, newest first ({@code created_at}, id descending). */
    Page<StoreSubmission> listSubmissionsByOwner(UUID ownerId, PageRequest page);

    long countSubmissionsByOwner(UUID ownerId);

    /** All submissions, optionally of one status, newest first. */
    Page<StoreSubmission> listSubmissions(Optional<SubmissionStatus> status, PageRequest page);

    long countSubmissions(Optional<SubmissionStatus> status);

    Optional<StoreReview> findReview(UUID listingId, UUID userId);

    /** Inserts or replaces the user's review and applies {@code delta} to the listing's rating counters. */
    void saveReview(StoreReview review, RatingDelta delta);

    /** The published listing with this slug (one with an active approved version). */
    Optional<ListingView> findPublished(String slug);

    /** Published listings matching the query, in the query's order. */
    Page<ListingView> searchPublished(ListingQuery query, PageRequest page);

    long countPublished(ListingQuery query);

    /**
     * The owner of the graph's listing (in any state) and the graph version it publishes (its active approved
     * version); empty when the graph has no listing.
     */
    Optional<ListedGraph> findListedGraph(UUID graphId);

    /** Whether the graph has a listing in any state (such a graph cannot be deleted). */
    boolean hasListing(UUID graphId);
}
