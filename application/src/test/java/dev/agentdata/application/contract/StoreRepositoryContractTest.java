package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.ListedGraph;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.store.ListingContent;
import dev.agentdata.domain.store.ListingSort;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.store.RatingDelta;
import dev.agentdata.domain.store.ReviewDecision;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreReview;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;
import dev.agentdata.domain.user.User;

/**
 * The behaviour every {@link StoreRepository} adapter must show. Subclasses give a fresh storage in {@link #ports()}
 * and, in {@link #store()}, the store repository of that same storage (listings refer to its users, graphs and
 * executions).
 */
public abstract class StoreRepositoryContractTest extends StorageContractSupport {
    private Instant clock = T0.plusNanos(123_456_000);

    /** The store repository over the storage the last {@link #ports()} call returned. */
    protected abstract StoreRepository store();

    private Transactions transactions() {
        return storage.transactions();
    }

    private Instant tick() {
        clock = clock.plusMillis(1);
        return clock.truncatedTo(ChronoUnit.MICROS);
    }

    private <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    private UUID user(String name) {
        UUID id = UUID.randomUUID();
        tx(() -> storage.users().insertIfAbsent(User.fromClaims(id, id + "@example.io", name, tick())));
        return id;
    }

    private UUID graph(UUID owner) {
        Instant now = tick();
        return tx(() -> newGraph(owner, now)).id();
    }

    private void run(UUID graphId, UUID runner) {
        GraphExecution e = GraphExecution.queued(UUID.randomUUID(), graphId, 1, runner, Map.of(), tick());
        transactions().run(() -> storage.executions().create(e));
    }

    private StoreListing listing(UUID owner, String slug) {
        StoreListing l = StoreListing.create(UUID.randomUUID(), slug, graph(owner), owner, tick());
        assertThat(tx(() -> store().insertListingIfAbsent(l))).isTrue();
        return l;
    }

    private StoreSubmission submit(StoreListing l, int version, String name, String sub, String desc, String... cats) {
        StoreSubmission s = StoreSubmission.pending(UUID.randomUUID(), l, 1, version,
                new ListingContent(name, sub, desc, List.of(cats)), tick());
        transactions().run(() -> store().insertSubmission(s));
        return s;
    }

    private StoreListing publish(StoreListing l, StoreSubmission s) {
        StoreSubmission approved = s.review(ReviewDecision.APPROVE, l.ownerId(), "ok", tick());
        StoreListing active = l.withActiveSubmission(approved.id(), tick());
        transactions().run(() -> {
            store().updateSubmission(approved);
            store().updateListing(active);
        });
        return active;
    }

    private StoreListing published(String ownerName, String slug, String name, String sub, String desc, String... cats) {
        StoreListing l = listing(user(ownerName), slug);
        return publish(l, submit(l, 1, name, sub, desc, cats));
    }

    private void review(StoreListing l, UUID user, int score) {
        transactions().run(() -> {
            Optional<StoreReview> prev = store().findReview(l.id(), user);
            Instant now = tick();
            StoreReview r = prev.map(p -> p.replacedWith(score, "c", now))
                    .orElseGet(() -> new StoreReview(UUID.randomUUID(), l.id(), user, score, "c", now, now));
            store().saveReview(r, RatingDelta.of(prev, score));
        });
    }

    private List<String> slugs(ListingQuery q) {
        return tx(() -> store().searchPublished(q, PageRequest.first(100))).items().stream().map(ListingView::slug).toList();
    }

    private static ListingQuery query(String text, String category, ListingSort sort) {
        return new ListingQuery(Optional.ofNullable(text), Optional.ofNullable(category), sort);
    }

    @Test
    void givenInsertedListing_finders_returnIt() {
        StoreListing l = listing(user("Ada"), "first-agent");
        assertThat(tx(() -> store().findListingBySlug("first-agent"))).contains(l);
        assertThat(tx(() -> store().findListingByGraph(l.graphId()))).contains(l);
        assertThat(tx(() -> store().lockListing(l.id()))).contains(l);
        assertThat(tx(() -> store().findListingBySlug("other-slug"))).isEmpty();
        assertThat(tx(() -> store().hasListing(l.graphId()))).isTrue();
        assertThat(tx(() -> store().hasListing(UUID.randomUUID()))).isFalse();
    }

    @Test
    void givenTakenSlug_insertListingIfAbsent_changesNothing() {
        StoreListing first = listing(user("Ada"), "taken-slug");
        UUID other = user("Bob");
        StoreListing clash = StoreListing.create(UUID.randomUUID(), "taken-slug", graph(other), other, tick());
        assertThat(tx(() -> store().insertListingIfAbsent(clash))).isFalse();
        assertThat(tx(() -> store().findListingBySlug("taken-slug"))).contains(first);
        assertThat(tx(() -> store().findListingByGraph(clash.graphId()))).isEmpty();
    }

    @Test
    void givenListedGraph_insertSecondListingIfAbsent_changesNothing() {
        StoreListing l = listing(user("Ada"), "one-slug");
        StoreListing again = StoreListing.create(UUID.randomUUID(), "two-slug", l.graphId(), l.ownerId(), tick());
        assertThat(tx(() -> store().insertListingIfAbsent(again))).isFalse();
        assertThat(tx(() -> store().findListingBySlug("two-slug"))).isEmpty();
    }

    @Test
    void givenSubmissions_findAndListVersions_roundTripEveryField() {
        StoreListing l = listing(user("Ada"), "round-trip");
        StoreSubmission v1 = submit(l, 1, "Name", "Sub", "Desc", "writing", "fun");
        StoreSubmission v2 = submit(l, 2, "Name 2", "", "", "writing");
        StoreSubmission superseded = v1.supersededBy(2, tick());
        transactions().run(() -> store().updateSubmission(superseded));
        assertThat(tx(() -> store().findSubmission(v1.id()))).contains(superseded);
        assertThat(tx(() -> store().listVersions(l.id()))).containsExactly(superseded, v2);
        assertThat(tx(() -> store().findSubmission(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void updateSubmissionContent_replacesTextsOnly_andTheApprovedViewAndSearchFollow() {
        StoreListing l = listing(user("Ada"), "edit-me");
        StoreSubmission s = submit(l, 1, "Plain name", "Plain sub", "Plain text", "writing");
        StoreSubmission edited = s.edited(new ListingContent("Okapi helper", "Forest giraffes", "Stripes", List.of("animals", "fun")));
        transactions().run(() -> store().updateSubmissionContent(edited));
        assertThat(tx(() -> store().findSubmission(s.id()))).contains(edited);
        assertThat(tx(() -> store().listVersions(l.id()))).containsExactly(edited);
        publish(l, edited);
        ListingView v = tx(() -> store().findPublished("edit-me")).orElseThrow();
        assertThat(v.name()).isEqualTo("Okapi helper");
        assertThat(v.subHeading()).isEqualTo("Forest giraffes");
        assertThat(v.description()).isEqualTo("Stripes");
        assertThat(v.categories()).containsExactly("animals", "fun");
        assertThat(slugs(query("okapi", null, ListingSort.RELEVANCE))).containsExactly("edit-me");
        assertThat(slugs(query("plain", null, ListingSort.RELEVANCE))).doesNotContain("edit-me");
        assertThat(slugs(query(null, "animals", ListingSort.RECENT))).contains("edit-me");
        assertThat(slugs(query(null, "writing", ListingSort.RECENT))).doesNotContain("edit-me");
    }

    @Test
    void deleteSubmission_removesOnlyThatVersion() {
        StoreListing l = listing(user("Ada"), "delete-one");
        StoreSubmission v1 = submit(l, 1, "a", "", "");
        StoreSubmission v2 = submit(l, 2, "b", "", "");
        transactions().run(() -> store().deleteSubmission(v1.id()));
        assertThat(tx(() -> store().findSubmission(v1.id()))).isEmpty();
        assertThat(tx(() -> store().listVersions(l.id()))).containsExactly(v2);
        assertThat(tx(() -> store().countSubmissionsByOwner(l.ownerId()))).isEqualTo(1);
        transactions().run(() -> store().deleteSubmission(UUID.randomUUID()));
        assertThat(tx(() -> store().findListingBySlug("delete-one"))).contains(l);
    }

    @Test
    void deleteListing_removesItWithItsReviews_andFreesSlugAndGraph() {
        StoreListing l = published("Ada", "delete-all", "n", "", "");
        UUID rater = user("Rater");
        review(l, rater, 4);
        StoreSubmission active = tx(() -> store().findSubmission(l.activeSubmissionId())).orElseThrow();
        StoreSubmission withdrawn = active.review(ReviewDecision.REJECT, rater, "gone", tick());
        transactions().run(() -> {
            store().updateSubmission(withdrawn);
            store().updateListing(l.withActiveSubmission(null, tick()));
            store().deleteSubmission(withdrawn.id());
            store().deleteListing(l.id());
        });
        assertThat(tx(() -> store().findListingBySlug("delete-all"))).isEmpty();
        assertThat(tx(() -> store().findListingByGraph(l.graphId()))).isEmpty();
        assertThat(tx(() -> store().lockListing(l.id()))).isEmpty();
        assertThat(tx(() -> store().hasListing(l.graphId()))).isFalse();
        assertThat(tx(() -> store().findReview(l.id(), rater))).isEmpty();
        StoreListing again = StoreListing.create(UUID.randomUUID(), "delete-all", l.graphId(), l.ownerId(), tick());
        assertThat(tx(() -> store().insertListingIfAbsent(again))).isTrue();
        assertThat(tx(() -> store().findListingBySlug("delete-all"))).contains(again);
    }

    @Test
    void listSubmissionsByOwner_pagesNewestFirstAndOnlyTheOwners() {
        StoreListing mine = listing(user("Ada"), "mine-one");
        StoreListing theirs = listing(user("Bob"), "theirs-one");
        List<UUID> expected = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            expected.addFirst(submit(mine, i, "n" + i, "", "").id());
            submit(theirs, i, "t" + i, "", "");
        }
        List<UUID> seen = new ArrayList<>();
        Page<StoreSubmission> page = tx(() -> store().listSubmissionsByOwner(mine.ownerId(), PageRequest.first(2)));
        seen.addAll(page.items().stream().map(StoreSubmission::id).toList());
        while (page.next().isPresent()) {
            PageRequest next = new PageRequest(2, page.next(), false);
            page = tx(() -> store().listSubmissionsByOwner(mine.ownerId(), next));
            seen.addAll(page.items().stream().map(StoreSubmission::id).toList());
        }
        assertThat(seen).isEqualTo(expected);
        assertThat(tx(() -> store().countSubmissionsByOwner(mine.ownerId()))).isEqualTo(5);
    }

    @Test
    void listSubmissions_filtersByStatus() {
        StoreListing l = listing(user("Ada"), "status-filter");
        StoreSubmission a = submit(l, 1, "a", "", "");
        StoreSubmission b = submit(l, 2, "b", "", "");
        publish(l, a);
        List<UUID> pending = tx(() -> store().listSubmissions(Optional.of(SubmissionStatus.PENDING), PageRequest.first(100)))
                .items().stream().map(StoreSubmission::id).toList();
        assertThat(pending).contains(b.id()).doesNotContain(a.id());
        assertThat(tx(() -> store().listSubmissions(Optional.empty(), PageRequest.first(100))).items())
                .extracting(StoreSubmission::id).containsSubsequence(b.id(), a.id());
        assertThat(tx(() -> store().countSubmissions(Optional.of(SubmissionStatus.APPROVED)))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void givenNoActiveVersion_findPublished_isEmpty_andAfterApprovalShowsTheView() {
        StoreListing l = listing(user("Maker"), "view-me");
        StoreSubmission s = submit(l, 1, "Zebra", "Sub", "About quaggas", "writing");
        assertThat(tx(() -> store().findPublished("view-me"))).isEmpty();
        assertThat(tx(() -> store().findListedGraph(l.graphId())))
                .contains(new ListedGraph(l.ownerId(), OptionalInt.empty()));
        publish(l, s);
        ListingView v = tx(() -> store().findPublished("view-me")).orElseThrow();
        assertThat(v.id()).isEqualTo(l.id());
        assertThat(v.name()).isEqualTo("Zebra");
        assertThat(v.subHeading()).isEqualTo("Sub");
        assertThat(v.description()).isEqualTo("About quaggas");
        assertThat(v.categories()).containsExactly("writing");
        assertThat(v.creator()).isEqualTo("Maker");
        assertThat(v.graphId()).isEqualTo(l.graphId());
        assertThat(v.graphVersion()).isEqualTo(1);
        assertThat(v.version()).isEqualTo(1);
        assertThat(v.rating()).isNull();
        assertThat(v.reviewCount()).isZero();
        assertThat(v.runCount()).isZero();
        assertThat(tx(() -> store().findListedGraph(l.graphId()))).contains(new ListedGraph(l.ownerId(), OptionalInt.of(1)));
        assertThat(tx(() -> store().findListedGraph(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void givenHiddenAgain_findPublished_isEmpty() {
        StoreListing l = published("Ada", "hide-me", "n", "", "");
        transactions().run(() -> store().updateListing(l.withActiveSubmission(null, tick())));
        assertThat(tx(() -> store().findPublished("hide-me"))).isEmpty();
        assertThat(tx(() -> store().findListedGraph(l.graphId())))
                .contains(new ListedGraph(l.ownerId(), OptionalInt.empty()));
    }

    @Test
    void saveReview_keepsRatingAndCountAndReplacesSecondReview() {
        StoreListing l = published("Ada", "rate-me", "n", "", "");
        UUID u1 = user("U1");
        UUID u2 = user("U2");
        review(l, u1, 2);
        UUID firstId = tx(() -> store().findReview(l.id(), u1)).orElseThrow().id();
        review(l, u2, 5);
        review(l, u1, 4);
        ListingView v = tx(() -> store().findPublished("rate-me")).orElseThrow();
        assertThat(v.reviewCount()).isEqualTo(2);
        assertThat(v.rating()).isEqualTo(4.5);
        StoreReview stored = tx(() -> store().findReview(l.id(), u1)).orElseThrow();
        assertThat(stored.id()).isEqualTo(firstId);
        assertThat(stored.score()).isEqualTo(4);
        assertThat(stored.comments()).isEqualTo("c");
    }

    @Test
    void runCount_countsExecutionsOfTheGraphByOtherUsersOnly() {
        StoreListing l = published("Ada", "run-me", "n", "", "");
        UUID other = user("Bob");
        run(l.graphId(), other);
        run(l.graphId(), other);
        run(l.graphId(), l.ownerId());
        run(graph(other), other);
        assertThat(tx(() -> store().findPublished("run-me")).orElseThrow().runCount()).isEqualTo(2);
        assertThat(slugs(ListingQuery.all())).containsExactly("run-me");
        assertThat(tx(() -> store().searchPublished(ListingQuery.all(), PageRequest.first(1))).items().getFirst()
                .runCount()).isEqualTo(2);
    }

    @Test
    void searchPublished_matchesTextInAnyFieldAndSkipsUnpublished() {
        published("Ada", "by-name", "Zebra summariser", "Short", "Plain");
        published("Ada", "by-sub", "Other", "Zebra facts", "Plain");
        published("Ada", "by-desc", "Another", "Short", "Reads about quaggas and zebra herds");
        published("Ada", "no-match", "Giraffe", "Tall", "Necks");
        StoreListing hidden = listing(user("Cy"), "not-published");
        submit(hidden, 1, "Zebra hidden", "", "");
        assertThat(slugs(query("zebra", null, null))).containsExactly("by-name", "by-sub", "by-desc");
        assertThat(slugs(query("quaggas", null, null))).containsExactly("by-desc");
        assertThat(slugs(query("xylophonist", null, null))).isEmpty();
    }

    @Test
    void searchPublished_filtersByCategory() {
        published("Ada", "cat-a", "a", "", "", "writing", "fun");
        published("Ada", "cat-b", "b", "", "", "coding");
        assertThat(slugs(query(null, "writing", null))).containsExactly("cat-a");
        assertThat(slugs(query(null, "coding", ListingSort.RATING))).containsExactly("cat-b");
        assertThat(slugs(query(null, "nothing", null))).isEmpty();
    }

    @Test
    void searchPublished_sortsByRecentAndByRatingWithUnratedLast() {
        StoreListing low = published("Ada", "low-rated", "a", "", "");
        StoreListing unrated = published("Ada", "un-rated", "b", "", "");
        StoreListing high = published("Ada", "high-rated", "c", "", "");
        UUID critic = user("Critic");
        review(high, critic, 5);
        review(low, critic, 2);
        assertThat(slugs(ListingQuery.all())).containsExactly("high-rated", "un-rated", "low-rated");
        assertThat(slugs(query(null, null, ListingSort.RATING))).containsExactly("high-rated", "low-rated", "un-rated");
        assertThat(unrated.isPublished()).isTrue();
    }

    @Test
    void searchPublished_pagesCoverEveryListingOnceInEachSort() {
        UUID critic = user("Critic");
        for (int i = 0; i < 7; i++) {
            StoreListing l = published("Ada", "page-" + i, "Agent number " + i, "", "agent");
            if (i % 2 == 0) {
                review(l, critic, 1 + i % 5);
            }
        }
        for (ListingQuery q : List.of(query(null, null, ListingSort.RECENT), query(null, null, ListingSort.RATING),
                query("agent", null, null))) {
            List<String> all = slugs(q);
            List<String> paged = new ArrayList<>();
            Page<ListingView> page = tx(() -> store().searchPublished(q, PageRequest.first(3)));
            paged.addAll(page.items().stream().map(ListingView::slug).toList());
            while (page.next().isPresent()) {
                PageRequest next = new PageRequest(3, page.next(), false);
                page = tx(() -> store().searchPublished(q, next));
                paged.addAll(page.items().stream().map(ListingView::slug).toList());
            }
            assertThat(paged).as(q.toString()).isEqualTo(all).hasSize(7);
            assertThat(tx(() -> store().countPublished(q))).isEqualTo(7);
        }
    }

    @Test
    void searchPublished_ranksNameMatchesAboveDescriptionMatches() {
        published("Ada", "desc-hit", "Helper", "", "a tool for poetry");
        published("Ada", "name-hit", "Poetry writer", "", "writes verses");
        assertThat(slugs(query("poetry", null, null))).containsExactly("name-hit", "desc-hit");
    }
}
