package dev.agentdata.adapter.memory.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Stream;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.Keyset;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.port.out.ListedGraph;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.store.RatingDelta;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreReview;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;

/** The store in memory: listings with slug and graph indexes, submissions, reviews and per-listing counters. */
public final class InMemoryStoreRepository implements StoreRepository {
    private final InMemoryDatabase db;
    private final Map<UUID, StoreListing> listings = new HashMap<>();
    private final Map<String, UUID> slugs = new HashMap<>();
    /** Graph id to the id of its one listing. */
    private final Map<UUID, UUID> byGraph = new HashMap<>();
    private final Map<UUID, StoreSubmission> submissions = new HashMap<>();
    private final Map<ReviewKey, StoreReview> reviews = new HashMap<>();
    private final Map<UUID, ListingStats> stats = new HashMap<>();
    private final ListingViews views;

    /** Listing views name their owner and count runs: both read through the other repositories' own methods. */
    public InMemoryStoreRepository(InMemoryDatabase db, InMemoryUserRepository users,
                                   InMemoryExecutionRepository executions) {
        this.db = db;
        this.views = new ListingViews(listings, submissions, stats, users, executions);
    }

    @Override
    public boolean insertListingIfAbsent(StoreListing listing) {
        return db.atomically(() -> {
            if (slugs.containsKey(listing.slug()) || byGraph.containsKey(listing.graphId())) {
                return false;
            }
            db.put(listings, listing.id(), listing);
            db.put(slugs, listing.slug(), listing.id());
            db.put(byGraph, listing.graphId(), listing.id());
            db.put(stats, listing.id(), ListingStats.NONE);
            return true;
        });
    }

    @Override
    public void updateListing(StoreListing listing) {
        db.atomically(() -> {
            if (listings.containsKey(listing.id())) {
                db.put(listings, listing.id(), listing);
            }
        });
    }

    @Override
    public Optional<StoreListing> findListingBySlug(String slug) {
        return db.atomically(() -> Optional.ofNullable(slugs.get(slug)).map(listings::get));
    }

    @Override
    public Optional<StoreListing> findListingByGraph(UUID graphId) {
        return db.atomically(() -> Optional.ofNullable(byGraph.get(graphId)).map(listings::get));
    }

    @Override
    public Optional<StoreListing> lockListing(UUID listingId) {
        return db.atomically(() -> Optional.ofNullable(listings.get(listingId)));
    }

    @Override
    public void insertSubmission(StoreSubmission submission) {
        db.atomically(() -> {
            db.put(submissions, submission.id(), submission);
        });
    }

    @Override
    public void updateSubmission(StoreSubmission submission) {
        db.atomically(() -> {
            if (submissions.containsKey(submission.id())) {
                db.put(submissions, submission.id(), submission);
            }
        });
    }

    @Override
    public void updateSubmissionContent(StoreSubmission submission) {
        db.atomically(() -> {
            StoreSubmission stored = submissions.get(submission.id());
            if (stored != null) {
                db.put(submissions, submission.id(), new StoreSubmission(stored.id(), stored.listingId(),
                        stored.slug(), stored.graphId(), stored.graphVersion(), stored.version(), submission.content(),
                        stored.status(), stored.reviewerId(), stored.reviewComment(), stored.reviewedAt(),
                        stored.createdAt()));
            }
        });
    }

    @Override
    public void deleteSubmission(UUID submissionId) {
        db.atomically(() -> {
            db.remove(submissions, submissionId);
        });
    }

    @Override
    public void deleteListing(UUID listingId) {
        db.atomically(() -> {
            StoreListing l = listings.get(listingId);
            if (l == null) {
                return;
            }
            db.remove(listings, listingId);
            db.remove(slugs, l.slug());
            db.remove(byGraph, l.graphId());
            db.remove(stats, listingId);
            reviews.keySet().stream().filter(k -> k.listingId().equals(listingId)).toList()
                    .forEach(k -> db.remove(reviews, k));
        });
    }

    @Override
    public Optional<StoreSubmission> findSubmission(UUID submissionId) {
        return db.atomically(() -> Optional.ofNullable(submissions.get(submissionId)));
    }

    @Override
    public List<StoreSubmission> listVersions(UUID listingId) {
        return db.atomically(() -> submissions.values().stream().filter(s -> s.listingId().equals(listingId))
                .sorted(Comparator.comparingInt(StoreSubmission::version)).toList());
    }

    @Override
    public Page<StoreSubmission> listSubmissionsByOwner(UUID ownerId, PageRequest page) {
        return db.atomically(() -> Keyset.newestFirst(ofOwner(ownerId).toList(), StoreSubmission::createdAt,
                StoreSubmission::id, page));
    }

    @Override
    public long countSubmissionsByOwner(UUID ownerId) {
        return db.atomically(() -> ofOwner(ownerId).count());
    }

    private Stream<StoreSubmission> ofOwner(UUID ownerId) {
        return submissions.values().stream().filter(s -> listings.get(s.listingId()).ownerId().equals(ownerId));
    }

    @Override
    public Page<StoreSubmission> listSubmissions(Optional<SubmissionStatus> status, PageRequest page) {
        return db.atomically(() -> Keyset.newestFirst(ofStatus(status).toList(), StoreSubmission::createdAt,
                StoreSubmission::id, page));
    }

    @Override
    public long countSubmissions(Optional<SubmissionStatus> status) {
        return db.atomically(() -> ofStatus(status).count());
    }

    private Stream<StoreSubmission> ofStatus(Optional<SubmissionStatus> status) {
        return submissions.values().stream().filter(s -> status.isEmpty() || s.status() == status.get());
    }

    @Override
    public Optional<StoreReview> findReview(UUID listingId, UUID userId) {
        return db.atomically(() -> Optional.ofNullable(reviews.get(new ReviewKey(listingId, userId))));
    }

    @Override
    public void saveReview(StoreReview review, RatingDelta delta) {
        db.atomically(() -> {
            db.put(reviews, new ReviewKey(review.listingId(), review.userId()), review);
            ListingStats s = stats.getOrDefault(review.listingId(), ListingStats.NONE);
            db.put(stats, review.listingId(), s.plusReview(delta.count(), delta.scoreSum()));
        });
    }

    @Override
    public Optional<ListingView> findPublished(String slug) {
        return db.atomically(() -> Optional.ofNullable(slugs.get(slug)).map(listings::get).flatMap(views::view));
    }

    @Override
    public Page<ListingView> searchPublished(ListingQuery query, PageRequest page) {
        return db.atomically(() -> views.search(query, page));
    }

    @Override
    public long countPublished(ListingQuery query) {
        return db.atomically(() -> views.count(query));
    }

    @Override
    public Optional<ListedGraph> findListedGraph(UUID graphId) {
        return db.atomically(() -> Optional.ofNullable(byGraph.get(graphId)).map(listings::get)
                .map(l -> new ListedGraph(l.ownerId(), l.isPublished()
                        ? OptionalInt.of(submissions.get(l.activeSubmissionId()).graphVersion())
                        : OptionalInt.empty())));
    }

    @Override
    public boolean hasListing(UUID graphId) {
        return db.atomically(() -> byGraph.containsKey(graphId));
    }
}
