package dev.agentdata.adapter.memory.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.Keyset;
import dev.agentdata.adapter.memory.MemoryTables;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.domain.common.ConflictException;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.store.RatingDelta;
import dev.agentdata.domain.store.SlugTakenException;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreReview;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;
import dev.agentdata.domain.user.User;

/** The store in memory: listings with slug and graph indexes, submissions, reviews and per-listing counters. */
public final class InMemoryStoreRepository implements StoreRepository {
    private static final String LISTINGS = "store_listings";
    private static final String SLUGS = "store_listing_slugs";
    private static final String BY_GRAPH = "store_listing_graphs";
    private static final String SUBMISSIONS = "store_submissions";
    private static final String REVIEWS = "store_reviews";
    private static final String STATS = "store_listing_stats";

    private final InMemoryDatabase db;
    private final Map<UUID, StoreListing> listings;
    private final Map<String, UUID> slugs;
    private final Map<UUID, UUID> byGraph;
    private final Map<UUID, StoreSubmission> submissions;
    private final Map<ReviewKey, StoreReview> reviews;
    private final Map<UUID, ListingStats> stats;
    private final Map<UUID, User> users;
    private final Map<UUID, GraphExecution> executions;

    public InMemoryStoreRepository(InMemoryDatabase db) {
        this.db = db;
        this.listings = db.table(LISTINGS);
        this.slugs = db.table(SLUGS);
        this.byGraph = db.table(BY_GRAPH);
        this.submissions = db.table(SUBMISSIONS);
        this.reviews = db.table(REVIEWS);
        this.stats = db.table(STATS);
        this.users = db.table(MemoryTables.USERS);
        this.executions = db.table(MemoryTables.EXECUTIONS);
    }

    @Override
    public void insertListing(StoreListing listing) {
        db.atomically(() -> {
            if (slugs.containsKey(listing.slug())) {
                throw new SlugTakenException(listing.slug());
            }
            if (byGraph.containsKey(listing.graphId())) {
                throw new ConflictException("graph " + listing.graphId() + " already has a listing");
            }
            db.put(listings, listing.id(), listing);
            db.put(slugs, listing.slug(), listing.id());
            db.put(byGraph, listing.graphId(), listing.id());
            db.put(stats, listing.id(), ListingStats.NONE);
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
        return db.atomically(() -> Optional.ofNullable(slugs.get(slug)).map(listings::get).flatMap(this::view));
    }

    @Override
    public Page<ListingView> searchPublished(ListingQuery query, PageRequest page) {
        return db.atomically(() -> {
            List<RankedListing> all = new ArrayList<>(matching(query).toList());
            Comparator<RankedListing> order = Comparator.comparingDouble(RankedListing::key)
                    .thenComparing(r -> r.view().id().toString()).reversed();
            Stream<RankedListing> stream = all.stream();
            if (page.after().isPresent()) {
                Cursor c = page.after().get();
                if (!c.get(0).equals(query.sort().wireName())) {
                    throw new IllegalArgumentException("cursor of another order");
                }
                double key = Double.parseDouble(c.get(1));
                String id = c.get(2);
                stream = stream.filter(r -> r.key() < key || (r.key() == key && r.view().id().toString().compareTo(id) < 0));
            }
            List<RankedListing> sorted = stream.sorted(order).limit(page.limit() + 1L).toList();
            boolean more = sorted.size() > page.limit();
            List<RankedListing> items = more ? sorted.subList(0, page.limit()) : sorted;
            Optional<Cursor> next = Optional.empty();
            if (more) {
                RankedListing last = items.getLast();
                next = Optional.of(Cursor.of(query.sort().wireName(), Double.toString(last.key()),
                        last.view().id().toString()));
            }
            return new Page<>(items.stream().map(RankedListing::view).toList(), next, OptionalLong.empty());
        });
    }

    @Override
    public long countPublished(ListingQuery query) {
        return db.atomically(() -> matching(query).count());
    }

    private Stream<RankedListing> matching(ListingQuery q) {
        return listings.values().stream().filter(StoreListing::isPublished).map(l -> {
            StoreSubmission active = submissions.get(l.activeSubmissionId());
            if (q.category().isPresent() && !active.content().categories().contains(q.category().get())) {
                return null;
            }
            double rank = q.text().map(t -> TextMatch.rank(t, active.content())).orElse(0.0);
            if (rank < 0) {
                return null;
            }
            ListingView v = view(l).orElseThrow();
            double key = switch (q.sort()) {
                case RELEVANCE -> rank;
                case RATING -> v.rating() == null ? 0.0 : v.rating();
                case RECENT -> (double) micros(l);
            };
            return new RankedListing(v, key);
        }).filter(r -> r != null);
    }

    private static long micros(StoreListing l) {
        return l.updatedAt().getEpochSecond() * 1_000_000L + l.updatedAt().getNano() / 1_000;
    }

    private Optional<ListingView> view(StoreListing l) {
        if (!l.isPublished()) {
            return Optional.empty();
        }
        StoreSubmission s = submissions.get(l.activeSubmissionId());
        ListingStats st = stats.getOrDefault(l.id(), ListingStats.NONE);
        User owner = users.get(l.ownerId());
        return Optional.of(new ListingView(l.id(), l.slug(), s.content().name(), s.content().subHeading(),
                s.content().description(), s.content().categories(), owner == null ? null : owner.displayName(),
                l.graphId(), s.graphVersion(), s.version(), RatingDelta.mean(st.scoreSum(), st.reviewCount()),
                st.reviewCount(), runCount(l), l.updatedAt()));
    }

    private long runCount(StoreListing l) {
        return executions.values().stream()
                .filter(e -> e.graphId().equals(l.graphId()) && !e.userId().equals(l.ownerId())).count();
    }

    @Override
    public boolean isListedVersion(UUID graphId, int version) {
        return db.atomically(() -> Optional.ofNullable(byGraph.get(graphId)).map(listings::get)
                .filter(StoreListing::isPublished)
                .map(l -> submissions.get(l.activeSubmissionId()).graphVersion() == version).orElse(false));
    }

    @Override
    public boolean hasListing(UUID graphId) {
        return db.atomically(() -> byGraph.containsKey(graphId));
    }
}
