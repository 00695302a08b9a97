package dev.agentdata.adapter.postgres.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.store.ListingSort;
import dev.agentdata.domain.store.ListingView;

/**
 * Prints how long listing pages take over 10,000 published listings (no timed assertion). Run with
 * {@code -Dtest=StoreListingPageBenchmark -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class StoreListingPageBenchmark {
    private static final int LISTINGS = 10_000;
    private static final String WORDS = "ARRAY['zebra','poetry','email','translate','summary','research','invoice',"
            + "'calendar','weather','recipe','quagga','travel','finance','music','code','review','news','health',"
            + "'sports','legal']";

    @Test
    void listingPagesOverTenThousandListings() {
        PostgresStorage pg = TestDatabase.freshStorage();
        try {
            seed(pg);
            PostgresStoreRepository store = new PostgresStoreRepository(pg.jdbc(), pg.schema());
            measure("recent, first page (20)", () -> store.searchPublished(ListingQuery.all(), PageRequest.first(20)));
            Page<ListingView> deep = store.searchPublished(ListingQuery.all(), PageRequest.first(100));
            for (int i = 0; i < 49; i++) {
                deep = store.searchPublished(ListingQuery.all(), new PageRequest(100, deep.next(), false));
            }
            PageRequest page51 = new PageRequest(20, deep.next(), false);
            measure("recent, page after 5,000 rows (20)", () -> store.searchPublished(ListingQuery.all(), page51));
            ListingQuery rating = new ListingQuery(Optional.empty(), Optional.empty(), ListingSort.RATING);
            measure("rating, first page (20)", () -> store.searchPublished(rating, PageRequest.first(20)));
            ListingQuery text = new ListingQuery(Optional.of("zebra"), Optional.empty(), null);
            measure("q=zebra by relevance (20 of ~2,700 matches)", () -> store.searchPublished(text, PageRequest.first(20)));
            ListingQuery textCat = new ListingQuery(Optional.of("zebra summary"), Optional.of("writing"), ListingSort.RATING);
            measure("q='zebra summary', category, by rating (20)", () -> store.searchPublished(textCat, PageRequest.first(20)));
            ListingQuery cat = new ListingQuery(Optional.empty(), Optional.of("writing"), ListingSort.RECENT);
            measure("category=writing, recent (20)", () -> store.searchPublished(cat, PageRequest.first(20)));
            measure("listing by slug", () -> store.findPublished("listing-5000"));
            measure("count with q=zebra", () -> store.countPublished(text));
        } finally {
            TestDatabase.dispose(pg);
        }
    }

    /** 500 users, 10,000 graphs and as many published listings with varied texts, categories and ratings. */
    static void seed(PostgresStorage pg) {
        long t0 = System.nanoTime();
        try (var c = pg.dataSource().getConnection(); Statement s = c.createStatement()) {
            seed(s, pg.schema());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("[bench] seeded %,d published listings in %d ms%n", LISTINGS, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void seed(Statement s, SqlSchema schema) throws SQLException {
        for (String statement : List.of(
                "INSERT INTO {schema}.users (id, email, name) SELECT md5('u' || i)::uuid, 'u' || i || '@example.io', "
                        + "'User ' || i FROM generate_series(1, 500) i",
                "INSERT INTO {schema}.graphs (id, version, is_active, user_id, name, created_at, updated_at) "
                        + "SELECT md5('g' || i)::uuid, 1, true, md5('u' || (i % 500 + 1))::uuid, 'g', now(), now() "
                        + "FROM generate_series(1, " + LISTINGS + ") i",
                "INSERT INTO {schema}.store_listings (id, slug, graph_id, owner_id, created_at, updated_at, "
                        + "review_count, score_sum, run_count) SELECT md5('l' || i)::uuid, 'listing-' || i, "
                        + "md5('g' || i)::uuid, md5('u' || (i % 500 + 1))::uuid, now() - i * interval '1 minute', "
                        + "now() - i * interval '1 minute', i % 7, (i % 7) * (1 + i % 5), i % 100 "
                        + "FROM generate_series(1, " + LISTINGS + ") i",
                "INSERT INTO {schema}.store_submissions (id, listing_id, owner_id, graph_id, graph_version, version, "
                        + "name, sub_heading, description, categories, status, created_at) "
                        + "SELECT md5('s' || i)::uuid, md5('l' || i)::uuid, md5('u' || (i % 500 + 1))::uuid, "
                        + "md5('g' || i)::uuid, 1, 1, initcap(w[1 + i % 20]) || ' ' || w[1 + (i / 20) % 20] "
                        + "|| ' agent ' || i, 'Helps with ' || w[1 + (i / 7) % 20] || ' and ' || w[1 + (i / 3) % 20], "
                        + "'This agent reads ' || w[1 + (i / 11) % 20] || ' sources, writes a ' || w[1 + (i / 13) % 20] "
                        + "|| ' and sends it by ' || w[1 + (i / 17) % 20] || '. ' || repeat('Plain filler text. ', 20), "
                        + "ARRAY[(ARRAY['writing','coding','research','fun','business'])[1 + i % 5]], 'approved', now() "
                        + "FROM generate_series(1, " + LISTINGS + ") i, (SELECT " + WORDS + " AS w) words",
                "UPDATE {schema}.store_listings SET active_submission_id = md5('s' || substr(slug, 9))::uuid",
                "VACUUM ANALYZE")) {
            s.execute(schema.sql(statement));
        }
    }

    private static void measure(String label, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            query.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("[bench] %-45s median %6.2f ms   p90 %6.2f ms   max %6.2f ms%n", label,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], Arrays.stream(sorted).max().orElse(0));
    }
}
