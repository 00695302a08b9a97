package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.exactFields;
import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.paths;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.Test;

/** API.md "Store", sentence by sentence, on the real services and memory storage. */
@ServerTest
class ApiConformanceStoreHttpTest {
    private static final HttpApi API = HttpApiTestServer.api(ServiceWiring.on(java.time.Clock.systemUTC(), TestStorage.memory()));
    private static final String ADMIN = Tokens.admin(UUID.randomUUID());
    private static final String[] LISTING_FIELDS = {"id", "slug", "name", "sub_heading", "description", "categories",
        "creator", "graph_id", "graph_version", "rating", "review_count", "run_count"};
    private final Http http;
    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    private final String owner = Tokens.named(UUID.randomUUID(), tag + "-owner@example.org", "Grace Maker");

    ApiConformanceStoreHttpTest(Http1Client client) {
        this.http = new Http(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        HttpApiTestServer.server(API, server);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        HttpApiTestServer.routing(API, routing);
    }

    private Http.Resp call(Method m, String path, String token, Object body) {
        return http.call(m, "/api/v1" + path, token, body);
    }

    private String graph(String token) {
        return ConformanceFixtures.createGraph(http, token, ConformanceFixtures.runnable("listed")).get("id").asText();
    }

    private Map<String, Object> submission(String graphId, int version, String slug) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("graph_id", graphId);
        s.put("graph_version", version);
        s.put("slug", slug);
        s.put("name", "Adder " + tag);
        s.put("sub_heading", "Adds numbers for " + tag);
        s.put("description", "Sums two integers and reports the total.");
        s.put("categories", List.of("math-" + tag, "tools"));
        return s;
    }

    private JsonNode submit(String token, String graphId, String slug) {
        return ok(call(Method.POST, "/store/submissions", token, submission(graphId, 1, slug)), 201);
    }

    private JsonNode review(JsonNode submission, String decision) {
        return ok(call(Method.POST, "/admin/store/submissions/" + submission.get("id").asText() + "/review", ADMIN,
                Map.of("decision", decision, "comment", "looked at it")), 200);
    }

    private JsonNode published(String slug) {
        String g = graph(owner);
        review(submit(owner, g, slug), "approve");
        return ok(call(Method.GET, "/store/listings/" + slug, ConformanceFixtures.user(), null), 200);
    }

    private List<String> slugs(String query, String token) {
        List<String> out = new ArrayList<>();
        ok(call(Method.GET, "/store/listings?limit=100&" + query, token, null), 200).get("items")
                .forEach(i -> out.add(i.get("slug").asText()));
        return out;
    }

    @Test
    void submit_is201Pending_withItsIdsVersionAndTheSubmittedFields() {
        String g = graph(owner);
        JsonNode s = submit(owner, g, tag + "-sub");
        assertThat(UUID.fromString(s.get("id").asText())).isNotNull();
        assertThat(UUID.fromString(s.get("listing_id").asText())).isNotNull();
        assertThat(s.get("version").asInt()).isEqualTo(1);
        assertThat(s.get("status").asText()).isEqualTo("pending");
        submission(g, 1, tag + "-sub").forEach((field, value) -> {
            if (value instanceof List<?> l) {
                assertThat(s.get(field)).hasSize(l.size());
            } else if (value instanceof Integer i) {
                assertThat(s.get(field).asInt()).as(field).isEqualTo(i);
            } else {
                assertThat(s.get(field).asText()).as(field).isEqualTo(value);
            }
        });
        JsonNode mine = ok(call(Method.GET, "/store/submissions?include_total=true", owner, null), 200);
        exactFields(mine, "items", "next_cursor", "total");
        assertThat(mine.get("items").findValuesAsText("id")).containsExactly(s.get("id").asText());
        assertThat(ok(call(Method.GET, "/store/submissions", ConformanceFixtures.user(), null), 200).get("items")).isEmpty();
    }

    @Test
    void submit_slugMustMatchTheRegex_422ListsEveryRule() {
        String g = graph(owner);
        for (String bad : List.of("ab", "x".repeat(61), "Upper-case", "under_score", "with space", "dot.ted", "")) {
            assertThat(paths(problem(call(Method.POST, "/store/submissions", owner, submission(g, 1, bad)), 422)))
                    .as(bad).contains("slug");
        }
        Map<String, Object> twoBad = submission(g, 1, "NO");
        twoBad.put("name", "");
        assertThat(paths(problem(call(Method.POST, "/store/submissions", owner, twoBad), 422)))
                .containsExactlyInAnyOrder("slug", "name");
        ok(call(Method.POST, "/store/submissions", owner, submission(g, 1, "a-" + tag + "-" + "9".repeat(47))), 201);
    }

    @Test
    void submit_wrongShapesAre400() {
        String g = graph(owner);
        Map<String, Object> missing = submission(g, 1, tag + "-shape");
        missing.remove("graph_version");
        problem(call(Method.POST, "/store/submissions", owner, missing), 400);
        Map<String, Object> extra = submission(g, 1, tag + "-shape");
        extra.put("price", 1);
        problem(call(Method.POST, "/store/submissions", owner, extra), 400);
        Map<String, Object> wrong = submission(g, 1, tag + "-shape");
        wrong.put("categories", "math");
        problem(call(Method.POST, "/store/submissions", owner, wrong), 400);
        assertThat(ok(call(Method.GET, "/store/submissions", owner, null), 200).get("items")).isEmpty();
    }

    @Test
    void submit_ofAGraphVersionThatIsNotTheCallers_is404() {
        String g = graph(owner);
        String stranger = ConformanceFixtures.user();
        problem(call(Method.POST, "/store/submissions", stranger, submission(g, 1, tag + "-steal")), 404);
        problem(call(Method.POST, "/store/submissions", owner, submission(g, 2, tag + "-v2")), 404);
        problem(call(Method.POST, "/store/submissions", owner,
                submission(UUID.randomUUID().toString(), 1, tag + "-none")), 404);
        assertThat(paths(problem(call(Method.POST, "/store/submissions", stranger, submission(g, 1, "BAD")), 422)))
                .containsExactly("slug");
    }

    @Test
    void adminQueue_isAPageFilteredByStatus_forAdminsOnly() {
        JsonNode pending = submit(owner, graph(owner), tag + "-q1");
        JsonNode approved = submit(owner, graph(owner), tag + "-q2");
        review(approved, "approve");
        JsonNode queue = ok(call(Method.GET, "/admin/store/submissions?status=pending&limit=100", ADMIN, null), 200);
        exactFields(queue, "items", "next_cursor");
        assertThat(queue.get("items").findValuesAsText("id")).contains(pending.get("id").asText())
                .doesNotContain(approved.get("id").asText());
        queue.get("items").forEach(i -> assertThat(i.get("status").asText()).isEqualTo("pending"));
        assertThat(ok(call(Method.GET, "/admin/store/submissions?status=approved&limit=100", ADMIN, null), 200)
                .get("items").findValuesAsText("id")).contains(approved.get("id").asText());
        assertThat(ok(call(Method.GET, "/admin/store/submissions?limit=100", ADMIN, null), 200)
                .get("items").findValuesAsText("id")).contains(pending.get("id").asText(), approved.get("id").asText());
        JsonNode one = ok(call(Method.GET, "/admin/store/submissions?limit=1", ADMIN, null), 200);
        assertThat(one.get("items")).hasSize(1);
        JsonNode two = ok(call(Method.GET, "/admin/store/submissions?limit=1&cursor=" + one.get("next_cursor").asText(),
                ADMIN, null), 200);
        assertThat(two.get("items").get(0).get("id")).isNotEqualTo(one.get("items").get(0).get("id"));
        problem(call(Method.GET, "/admin/store/submissions?status=PENDING", ADMIN, null), 400);
        problem(call(Method.GET, "/admin/store/submissions?status=pending", owner, null), 403);
    }

    @Test
    void reviewDecision_outsideTheSetIs400_nonAdminIs403_unknownIs404() {
        JsonNode s = submit(owner, graph(owner), tag + "-dec");
        String path = "/admin/store/submissions/" + s.get("id").asText() + "/review";
        problem(call(Method.POST, path, ADMIN, Map.of("decision", "approved", "comment", "x")), 400);
        problem(call(Method.POST, path, ADMIN, Map.of("decision", "approve", "comment", "x", "score", 1)), 400);
        problem(call(Method.POST, path, owner, Map.of("decision", "approve", "comment", "x")), 403);
        problem(call(Method.POST, "/admin/store/submissions/" + UUID.randomUUID() + "/review", ADMIN,
                Map.of("decision", "approve", "comment", "x")), 404);
        JsonNode rejected = review(s, "reject");
        assertThat(rejected.get("id")).isEqualTo(s.get("id"));
        assertThat(rejected.get("status").asText()).isEqualTo("rejected");
        problem(call(Method.GET, "/store/listings/" + tag + "-dec", owner, null), 404);
    }

    @Test
    void approve_makesTheListingVisible_withExactlyTheDocumentedFields() {
        String g = graph(owner);
        String slug = tag + "-shown";
        JsonNode s = submit(owner, g, slug);
        String viewer = ConformanceFixtures.user();
        problem(call(Method.GET, "/store/listings/" + slug, viewer, null), 404);
        assertThat(slugs("q=" + tag, viewer)).doesNotContain(slug);
        JsonNode approved = review(s, "approve");
        assertThat(approved.get("status").asText()).isEqualTo("approved");
        JsonNode listing = ok(call(Method.GET, "/store/listings/" + slug, viewer, null), 200);
        exactFields(listing, LISTING_FIELDS);
        assertThat(listing.get("id")).isEqualTo(s.get("listing_id"));
        assertThat(listing.get("slug").asText()).isEqualTo(slug);
        assertThat(listing.get("name").asText()).isEqualTo("Adder " + tag);
        assertThat(listing.get("sub_heading").asText()).isEqualTo("Adds numbers for " + tag);
        assertThat(listing.get("description").asText()).isEqualTo("Sums two integers and reports the total.");
        assertThat(listing.get("categories").findValuesAsText("x")).isEmpty();
        assertThat(listing.get("categories").get(0).asText()).isEqualTo("math-" + tag);
        assertThat(listing.get("creator").asText()).isEqualTo("Grace Maker");
        assertThat(listing.get("graph_id").asText()).isEqualTo(g);
        assertThat(listing.get("graph_version").asInt()).isEqualTo(1);
        assertThat(listing.get("rating").isNull()).isTrue();
        assertThat(listing.get("review_count").asLong()).isZero();
        assertThat(listing.get("run_count").asLong()).isZero();
        JsonNode page = ok(call(Method.GET, "/store/listings?q=" + tag, viewer, null), 200);
        exactFields(page, "items", "next_cursor");
        assertThat(page.get("items")).singleElement().isEqualTo(listing);
    }

    @Test
    void search_qIsFullTextOverNameSubHeadingAndDescription_categoryFilters() {
        String slug = published(tag + "-fts").get("slug").asText();
        String viewer = ConformanceFixtures.user();
        assertThat(slugs("q=adder", viewer)).contains(slug);
        assertThat(slugs("q=" + tag, viewer)).containsExactly(slug);
        assertThat(slugs("q=integers", viewer)).contains(slug);
        assertThat(slugs("q=INTEGERS", viewer)).contains(slug);
        assertThat(slugs("q=" + tag + " zzyzx", viewer)).doesNotContain(slug);
        assertThat(slugs("q=zzyzx", viewer)).isEmpty();
        assertThat(slugs("category=math-" + tag, viewer)).containsExactly(slug);
        assertThat(slugs("category=tools&q=" + tag, viewer)).containsExactly(slug);
        assertThat(slugs("category=other-" + tag, viewer)).isEmpty();
    }

    @Test
    void search_sortIsRatingOrRecent_elseIs400_andPagesFollowTheCursor() {
        String first = published(tag + "-s1").get("slug").asText();
        String second = published(tag + "-s2").get("slug").asText();
        String third = published(tag + "-s3").get("slug").asText();
        String viewer = ConformanceFixtures.user();
        ok(call(Method.POST, "/store/listings/" + first + "/reviews", viewer, Map.of("score", 5)), 201);
        ok(call(Method.POST, "/store/listings/" + second + "/reviews", viewer, Map.of("score", 2)), 201);
        assertThat(slugs("q=" + tag + "&sort=rating", viewer)).containsExactly(first, second, third);
        assertThat(slugs("q=" + tag + "&sort=recent", viewer)).containsExactly(third, second, first);
        for (String bad : List.of("sort=price", "sort=RATING", "limit=0", "limit=101", "cursor=abc")) {
            problem(call(Method.GET, "/store/listings?" + bad, viewer, null), 400);
        }
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = ok(call(Method.GET, "/store/listings?q=" + tag + "&sort=rating&limit=2&include_total=true"
                    + (cursor == null ? "" : "&cursor=" + cursor), viewer, null), 200);
            assertThat(page.get("total").asLong()).isEqualTo(3);
            page.get("items").forEach(i -> walked.add(i.get("slug").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);
        assertThat(walked).containsExactly(first, second, third);
    }

    @Test
    void listingReviews_score1to5_creator403_secondReplaces() {
        String slug = published(tag + "-rev").get("slug").asText();
        String a = ConformanceFixtures.user();
        String b = ConformanceFixtures.user();
        String path = "/store/listings/" + slug + "/reviews";
        for (int bad : List.of(0, 6, -1)) {
            assertThat(paths(problem(call(Method.POST, path, a, Map.of("score", bad, "comments", "x")), 422)))
                    .containsExactly("score");
        }
        problem(call(Method.POST, path, a, Map.of("score", "5")), 400);
        problem(call(Method.POST, path, a, Map.of("score", 4.5)), 400);
        problem(call(Method.POST, path, a, Map.of("comments", "no score")), 400);
        problem(call(Method.POST, path, owner, Map.of("score", 5, "comments", "mine")), 403);
        problem(call(Method.POST, "/store/listings/" + tag + "-none/reviews", a, Map.of("score", 5)), 404);
        ok(call(Method.POST, path, a, Map.of("score", 1, "comments", "bad")), 201);
        ok(call(Method.POST, path, b, Map.of("score", 4)), 201);
        JsonNode replaced = ok(call(Method.POST, path, a, Map.of("score", 5, "comments", "better now")), 200);
        assertThat(replaced.get("score").asInt()).isEqualTo(5);
        JsonNode listing = ok(call(Method.GET, "/store/listings/" + slug, a, null), 200);
        assertThat(listing.get("review_count").asLong()).isEqualTo(2);
        assertThat(listing.get("rating").asDouble()).isEqualTo(4.5);
    }

    @Test
    void approvedVersion_isReadAndRunByOthers_runCountCountsOnlyOtherUsersRuns() {
        String g = graph(owner);
        String slug = tag + "-runs";
        review(submit(owner, g, slug), "approve");
        ok(call(Method.PUT, "/graphs/" + g, owner, ConformanceFixtures.runnable("private v2")), 200);
        String other = ConformanceFixtures.user();
        ok(call(Method.GET, "/graphs/" + g + "/versions/1", other, null), 200);
        problem(call(Method.GET, "/graphs/" + g + "/versions/2", other, null), 404);
        problem(call(Method.GET, "/graphs/" + g, other, null), 404);
        problem(call(Method.GET, "/graphs/" + g + "/versions", other, null), 404);
        problem(call(Method.PUT, "/graphs/" + g + "/active-version", other, Map.of("version", 1)), 404);
        problem(call(Method.DELETE, "/graphs/" + g, other, null), 404);
        assertThat(ok(call(Method.GET, "/graphs", other, null), 200).get("items")).isEmpty();
        JsonNode run = ok(call(Method.POST, "/graphs/" + g + "/executions", other,
                Map.of("version", 1, "inputs", Map.of())), 201);
        ok(call(Method.GET, "/executions/" + run.get("id").asText(), other, null), 200);
        problem(call(Method.GET, "/executions/" + run.get("id").asText(), owner, null), 404);
        problem(call(Method.POST, "/graphs/" + g + "/executions", other, Map.of("version", 2, "inputs", Map.of())), 404);
        ok(call(Method.POST, "/graphs/" + g + "/executions", owner, Map.of("version", 1, "inputs", Map.of())), 201);
        ok(call(Method.POST, "/graphs/" + g + "/executions", owner, Map.of("version", 2, "inputs", Map.of())), 201);
        ok(call(Method.POST, "/graphs/" + g + "/executions", ConformanceFixtures.user(),
                Map.of("version", 1, "inputs", Map.of())), 201);
        assertThat(ok(call(Method.GET, "/store/listings/" + slug, other, null), 200).get("run_count").asLong())
                .isEqualTo(2);
    }

    @Test
    void slugOfAnotherListingIs409_sameGraphSameSlugAddsAVersion_listedGraphCannotBeDeleted() {
        String g = graph(owner);
        String slug = tag + "-ver";
        JsonNode v1 = submit(owner, g, slug);
        review(v1, "approve");
        problem(call(Method.POST, "/store/submissions", owner, submission(graph(owner), 1, slug)), 409);
        String stranger = ConformanceFixtures.user();
        problem(call(Method.POST, "/store/submissions", stranger, submission(graph(stranger), 1, slug)), 409);
        ok(call(Method.PUT, "/graphs/" + g, owner, ConformanceFixtures.runnable("v2")), 200);
        JsonNode v2 = ok(call(Method.POST, "/store/submissions", owner, submission(g, 2, slug)), 201);
        assertThat(v2.get("listing_id")).isEqualTo(v1.get("listing_id"));
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(ok(call(Method.GET, "/store/listings/" + slug, stranger, null), 200).get("graph_version").asInt())
                .isEqualTo(1);
        review(v2, "approve");
        assertThat(ok(call(Method.GET, "/store/listings/" + slug, stranger, null), 200).get("graph_version").asInt())
                .isEqualTo(2);
        problem(call(Method.DELETE, "/graphs/" + g, owner, null), 409);
        ok(call(Method.GET, "/graphs/" + g, owner, null), 200);
    }

    @Test
    void storeRoutesNeedAJwt() {
        String key = ok(call(Method.POST, "/api-keys", owner, Map.of("name", "k",
                "permissions", List.of("read_graph", "execute_graph", "read_block"))), 201).get("key").asText();
        Map<String, String> viaKey = Map.of("X-API-Key", key);
        problem(http.call(Method.GET, "/api/v1/store/listings", viaKey, null), 403);
        problem(http.call(Method.GET, "/api/v1/store/submissions", viaKey, null), 403);
        problem(http.call(Method.POST, "/api/v1/store/submissions", viaKey, submission(graph(owner), 1, tag + "-key")), 403);
        problem(http.call(Method.GET, "/api/v1/store/listings", Map.of(), null), 401);
    }

    @Test
    void newSubmissionSupersedesAPendingOne_rejectingTheActiveVersionFallsBackOrHides() {
        String g = graph(owner);
        String slug = tag + "-fall";
        JsonNode v1 = submit(owner, g, slug);
        ok(call(Method.PUT, "/graphs/" + g, owner, ConformanceFixtures.runnable("v2")), 200);
        JsonNode v2 = ok(call(Method.POST, "/store/submissions", owner, submission(g, 2, slug)), 201);
        JsonNode mine = ok(call(Method.GET, "/store/submissions", owner, null), 200).get("items");
        assertThat(mine.findValuesAsText("status")).containsExactly("pending", "rejected");
        assertThat(mine.get(1).get("id")).isEqualTo(v1.get("id"));
        problem(call(Method.POST, "/admin/store/submissions/" + v1.get("id").asText() + "/review", ADMIN,
                Map.of("decision", "approve", "comment", "late")), 409);
        review(v2, "approve");
        ok(call(Method.PUT, "/graphs/" + g, owner, ConformanceFixtures.runnable("v3")), 200);
        JsonNode v3 = ok(call(Method.POST, "/store/submissions", owner, submission(g, 3, slug)), 201);
        review(v3, "approve");
        String viewer = ConformanceFixtures.user();
        assertThat(ok(call(Method.GET, "/store/listings/" + slug, viewer, null), 200).get("graph_version").asInt())
                .isEqualTo(3);
        review(v3, "reject");
        assertThat(ok(call(Method.GET, "/store/listings/" + slug, viewer, null), 200).get("graph_version").asInt())
                .isEqualTo(2);
        problem(call(Method.GET, "/graphs/" + g + "/versions/3", viewer, null), 404);
        review(v2, "reject");
        problem(call(Method.GET, "/store/listings/" + slug, viewer, null), 404);
        assertThat(slugs("q=" + tag, viewer)).doesNotContain(slug);
        problem(call(Method.GET, "/graphs/" + g + "/versions/2", viewer, null), 404);
    }
}
