package dev.agentdata.adapter.memory.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.store.RatingDelta;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreSubmission;

/**
 * The published-listing read model over the store's own maps, with owners and runs read through the user and
 * execution repositories' methods (callers hold the database lock): views, and the search
 * with keyset pages on {@code (sort key, id)} descending; cursor {@code [sort, key, id]}.
 */
final class ListingViews {
    private final Map<UUID, StoreListing> listings;
    private final Map<UUID, StoreSubmission> submissions;
    private final Map<UUID, ListingStats> stats;
    private final InMemoryUserRepository users;
    private final InMemoryExecutionRepository executions;

    ListingViews(Map<UUID, StoreListing> listings, Map<UUID, StoreSubmission> submissions,
                 Map<UUID, ListingStats> stats, InMemoryUserRepository users, InMemoryExecutionRepository executions) {
        this.listings = listings;
        this.submissions = submissions;
        this.stats = stats;
        this.users = users;
        this.executions = executions;
    }

    Page<ListingView> search(ListingQuery query, PageRequest page) {
        Comparator<RankedListing> order = Comparator.comparingDouble(RankedListing::key)
                .thenComparing(r -> r.listing().id().toString()).reversed();
        Stream<RankedListing> stream = matching(query);
        if (page.after().isPresent()) {
            Cursor c = page.after().get();
            if (!c.get(0).equals(query.sort().wireName())) {
                throw new IllegalArgumentException("cursor of another order");
            }
            double key = Double.parseDouble(c.get(1));
            String id = c.get(2);
            stream = stream.filter(r -> r.key() < key || (r.key() == key && r.listing().id().toString().compareTo(id) < 0));
        }
        List<RankedListing> sorted = stream.sorted(order).limit(page.limit() + 1L).toList();
        boolean more = sorted.size() > page.limit();
        List<RankedListing> items = more ? sorted.subList(0, page.limit()) : sorted;
        Optional<Cursor> next = Optional.empty();
        if (more) {
            RankedListing last = items.getLast();
            next = Optional.of(Cursor.of(query.sort().wireName(), Double.toString(last.key()),
                    last.listing().id().toString()));
        }
        return new Page<>(items.stream().map(r -> view(r.listing()).orElseThrow()).toList(), next,
                OptionalLong.empty());
    }

    long count(ListingQuery query) {
        return matching(query).count();
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
            Double rating = rating(l);
            double key = switch (q.sort()) {
                case RELEVANCE -> rank;
                case RATING -> rating == null ? 0.0 : rating;
                case RECENT -> (double) micros(l);
            };
            return new RankedListing(l, key);
        }).filter(r -> r != null);
    }

    private static long micros(StoreListing l) {
        return l.updatedAt().getEpochSecond() * 1_000_000L + l.updatedAt().getNano() / 1_000;
    }

    Optional<ListingView> view(StoreListing l) {
        if (!l.isPublished()) {
            return Optional.empty();
        }
        StoreSubmission s = submissions.get(l.activeSubmissionId());
        ListingStats st = stats.getOrDefault(l.id(), ListingStats.NONE);
        return Optional.of(new ListingView(l.id(), l.slug(), s.content().name(), s.content().subHeading(),
                s.content().description(), s.content().categories(), ownerName(l),
                l.graphId(), s.graphVersion(), s.version(), RatingDelta.mean(st.scoreSum(), st.reviewCount()),
                st.reviewCount(), runCount(l), l.updatedAt()));
    }

    private String ownerName(StoreListing l) {
        return users.findById(l.ownerId()).map(u -> u.displayName()).orElse(null);
    }

    private Double rating(StoreListing l) {
        ListingStats st = stats.getOrDefault(l.id(), ListingStats.NONE);
        return RatingDelta.mean(st.scoreSum(), st.reviewCount());
    }

    /** Runs by users other than the creator; a scan, as the memory adapter serves tests and small demos. */
    private long runCount(StoreListing l) {
        return executions.matching(e -> e.graphId().equals(l.graphId()) && !e.userId().equals(l.ownerId())).size();
    }
}
