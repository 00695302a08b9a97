package dev.agentdata.adapter.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.Explain;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.domain.store.ListingSort;

/** The listing pages use their indexes (no sequential scan of the listings) over 10,000 published listings. */
class StoreQueryPlansTest {
    private static PostgresStorage storage;
    private static ListingSearchQuery search;

    @BeforeAll
    static void seed() {
        storage = TestDatabase.freshStorage();
        search = new ListingSearchQuery(storage.jdbc(), storage.schema());
        StoreListingPageBenchmark.seed(storage);
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Test
    void recentPages_walkThePublishedIndex_firstAndDeep() {
        ListingQuery recent = ListingQuery.all();
        String first = Explain.plan(storage, "listings, recent, first page", search.pageSql(recent, false), 21);
        String deep = Explain.plan(storage, "listings, recent, deep page", search.pageSql(recent, true),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(5), UUID.randomUUID(), 21);
        for (String plan : new String[] {first, deep}) {
            assertThat(plan).contains("store_listings_recent").doesNotContain("Seq Scan on store_listings")
                    .doesNotContain("Sort Key");
        }
    }

    @Test
    void ratingPage_walksTheRatingIndex() {
        ListingQuery rating = new ListingQuery(Optional.empty(), Optional.empty(), ListingSort.RATING);
        String plan = Explain.plan(storage, "listings, rating, first page", search.pageSql(rating, false), 21);
        assertThat(plan).contains("store_listings_rating").doesNotContain("Seq Scan on store_listings");
    }

    @Test
    void selectiveTextSearch_usesTheGinIndex() {
        ListingQuery text = new ListingQuery(Optional.of("9999"), Optional.empty(), null);
        String plan = Explain.plan(storage, "listings, q=9999 (selective) by relevance", search.pageSql(text, false),
                "9999", "9999", 21);
        assertThat(plan).contains("store_submissions_search").doesNotContain("Seq Scan on store_submissions");
    }
}
