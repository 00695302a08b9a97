package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.StoreCalls.adminClaims;
import static dev.agentdata.adapter.http.StoreCalls.ok;
import static dev.agentdata.adapter.http.StoreCalls.problem;
import static dev.agentdata.adapter.http.StoreCalls.submission;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import org.junit.jupiter.api.Test;

/** Every route and status code of API.md's Store section, on the real services, on memory storage (Postgres in the subclass). */
@StorageServer(StorageServer.Settings.TEST_SERVER)
class StoreHttpTest {
    private final StoreCalls api;
    private final String owner = Tokens.token("HS256", Tokens.SECRET, named(UUID.randomUUID(), "Maker"));
    private final String other = Tokens.valid(UUID.randomUUID());
    private final String admin = Tokens.token("HS256", Tokens.SECRET, adminClaims(UUID.randomUUID()));
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    StoreHttpTest(Http1Client client) {
        this.api = new StoreCalls(client);
    }

    private static Map<String, Object> named(UUID sub, String name) {
        Map<String, Object> c = Tokens.claims(sub, "maker-" + sub.toString().substring(0, 8) + "@example.org", 3600);
        c.put("user_metadata", Map.of("name", name));
        return c;
    }

    private Http.Resp call(Method m, String path, String token, Object body) {
        return api.call(m, path, token, body);
    }

    private String graph(String token) {
        return api.graph(token);
    }

    private JsonNode submit(String graphId, String slug) {
        return ok(call(Method.POST, "/store/submissions", owner, submission(graphId, slug)), 201);
    }

    private JsonNode approve(JsonNode submission) {
        return ok(call(Method.POST, "/admin/store/submissions/" + submission.get("id").asText() + "/review", admin,
                Map.of("decision", "approve", "comment", "ok")), 200);
    }

    private static List<String> slugs(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("slug").asText()));
        return out;
    }

    @Test
    void submit_is201Pending_andListedInMySubmissionsAndTheAdminQueue() {
        JsonNode s = submit(graph(owner), "sub-" + suffix);
        assertThat(s.get("status").asText()).isEqualTo("pending");
        assertThat(s.get("version").asInt()).isEqualTo(1);
        assertThat(s.get("listing_id").asText()).isNotBlank();
        assertThat(s.get("slug").asText()).isEqualTo("sub-" + suffix);
        assertThat(s.get("sub_heading").asText()).isEqualTo("Summaries of zebra facts");
        JsonNode mine = ok(call(Method.GET, "/store/submissions", owner, null), 200);
        assertThat(mine.get("items").get(0).get("id")).isEqualTo(s.get("id"));
        assertThat(mine.has("next_cursor")).isTrue();
        JsonNode queue = ok(call(Method.GET, "/admin/store/submissions?status=pending&limit=100", admin, null), 200);
        assertThat(queue.get("items").findValuesAsText("id")).contains(s.get("id").asText());
    }

    @Test
    void submit_shapeAndRuleErrors_are400And422WithPaths() {
        String g = graph(owner);
        Map<String, Object> missing = submission(g, "x-" + suffix);
        missing.remove("name");
        assertThat(problem(call(Method.POST, "/store/submissions", owner, missing), 400).toString()).contains("name");
        Map<String, Object> unknown = submission(g, "x-" + suffix);
        unknown.put("price", 3);
        problem(call(Method.POST, "/store/submissions", owner, unknown), 400);
        Map<String, Object> wrongType = submission(g, "x-" + suffix);
        wrongType.put("graph_version", "one");
        problem(call(Method.POST, "/store/submissions", owner, wrongType), 400);
        JsonNode p = problem(call(Method.POST, "/store/submissions", owner, submission(g, "Bad Slug!")), 422);
        assertThat(p.get("errors").get(0).get("path").asText()).isEqualTo("slug");
    }

    @Test
    void submit_ofAnotherUsersGraph_is404_andOfATakenSlug_is409() {
        String g = graph(owner);
        problem(call(Method.POST, "/store/submissions", other, submission(g, "mine-" + suffix)), 404);
        submit(g, "mine-" + suffix);
        String theirs = graph(other);
        problem(call(Method.POST, "/store/submissions", other, submission(theirs, "mine-" + suffix)), 409);
        problem(call(Method.POST, "/store/submissions", null, submission(g, "mine-" + suffix)), 401);
    }

    @Test
    void adminRoutes_forNonAdmins_are403_andBadValues400Or404() {
        JsonNode s = submit(graph(owner), "adm-" + suffix);
        String review = "/admin/store/submissions/" + s.get("id").asText() + "/review";
        problem(call(Method.POST, review, owner, Map.of("decision", "approve", "comment", "ok")), 403);
        problem(call(Method.GET, "/admin/store/submissions?status=pending", owner, null), 403);
        problem(call(Method.GET, "/admin/store/submissions?status=maybe", admin, null), 400);
        problem(call(Method.POST, review, admin, Map.of("decision", "maybe", "comment", "?")), 400);
        problem(call(Method.POST, review, admin, Map.of("comment", "?")), 400);
        problem(call(Method.POST, "/admin/store/submissions/" + UUID.randomUUID() + "/review", admin,
                Map.of("decision", "approve", "comment", "ok")), 404);
        problem(call(Method.POST, "/admin/store/submissions/not-a-uuid/review", admin,
                Map.of("decision", "approve", "comment", "ok")), 404);
        JsonNode approved = approve(s);
        assertThat(approved.get("status").asText()).isEqualTo("approved");
        assertThat(approved.get("review_comment").asText()).isEqualTo("ok");
        assertThat(approved.get("reviewed_at").asText()).endsWith("Z");
        problem(call(Method.POST, review, admin, Map.of("decision", "approve", "comment", "again")), 409);
        JsonNode all = ok(call(Method.GET, "/admin/store/submissions?status=&limit=100&include_total=true", admin, null), 200);
        assertThat(all.get("items").findValuesAsText("id")).contains(s.get("id").asText());
        assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode pending = ok(call(Method.GET, "/admin/store/submissions?status=pending&limit=100", admin, null), 200);
        assertThat(pending.get("items").findValuesAsText("id")).doesNotContain(s.get("id").asText());
    }

    @Test
    void approvedListing_isFoundReadRunAndReviewed_whileThePendingOneIsHidden() {
        String g = graph(owner);
        String slug = "flow-" + suffix;
        JsonNode s = submit(g, slug);
        problem(call(Method.GET, "/store/listings/" + slug, other, null), 404);
        problem(call(Method.GET, "/graphs/" + g + "/versions/1", other, null), 404);
        problem(call(Method.POST, "/graphs/" + g + "/executions", other, Map.of("version", 1, "inputs", Map.of("in", "x"))), 404);
        approve(s);

        assertThat(slugs(ok(call(Method.GET, "/store/listings?q=quaggas&limit=50", other, null), 200))).contains(slug);
        assertThat(slugs(ok(call(Method.GET, "/store/listings?q=xylophonist", other, null), 200))).doesNotContain(slug);
        assertThat(slugs(ok(call(Method.GET, "/store/listings?category=writing&sort=rating&limit=100", other, null), 200)))
                .contains(slug);
        ok(call(Method.GET, "/graphs/" + g + "/versions/1", other, null), 200);
        JsonNode run = ok(call(Method.POST, "/graphs/" + g + "/executions", other,
                Map.of("version", 1, "inputs", Map.of("in", "x"))), 201);
        assertThat(run.get("user_id").asText()).isNotEqualTo(ok(call(Method.GET, "/me", owner, null), 200).get("id").asText());
        ok(call(Method.POST, "/graphs/" + g + "/executions", owner, Map.of("version", 1, "inputs", Map.of("in", "x"))), 201);

        String reviews = "/store/listings/" + slug + "/reviews";
        problem(call(Method.POST, reviews, other, Map.of("score", 6, "comments", "too good")), 422);
        problem(call(Method.POST, reviews, other, Map.of("comments", "no score")), 400);
        problem(call(Method.POST, reviews, owner, Map.of("score", 5, "comments", "mine")), 403);
        problem(call(Method.POST, "/store/listings/no-such-" + suffix + "/reviews", other, Map.of("score", 5)), 404);
        assertThat(ok(call(Method.POST, reviews, other, Map.of("score", 2, "comments", "meh")), 201).get("score").asInt())
                .isEqualTo(2);
        ok(call(Method.POST, reviews, other, Map.of("score", 4, "comments", "better")), 200);

        JsonNode listing = ok(call(Method.GET, "/store/listings/" + slug, other, null), 200);
        assertThat(listing.get("review_count").asLong()).isEqualTo(1);
        assertThat(listing.get("rating").asDouble()).isEqualTo(4.0);
        assertThat(listing.get("run_count").asLong()).isEqualTo(1);
        assertThat(listing.get("creator").asText()).isEqualTo("Maker");
        assertThat(listing.get("graph_id").asText()).isEqualTo(g);
        assertThat(listing.get("graph_version").asInt()).isEqualTo(1);
        assertThat(listing.get("sub_heading").asText()).isEqualTo("Summaries of zebra facts");
        problem(call(Method.DELETE, "/graphs/" + g, owner, null), 409);
    }

    @Test
    void listingSearch_badSortOrCursor_is400_andPagesFollowTheCursor() {
        for (int i = 0; i < 3; i++) {
            approve(submit(graph(owner), "page-" + i + "-" + suffix));
        }
        problem(call(Method.GET, "/store/listings?sort=price", other, null), 400);
        problem(call(Method.GET, "/store/listings?cursor=forged", other, null), 400);
        JsonNode first = ok(call(Method.GET, "/store/listings?sort=recent&limit=2", other, null), 200);
        String cursor = first.get("next_cursor").asText();
        problem(call(Method.GET, "/store/listings?sort=rating&limit=2&cursor=" + cursor, other, null), 400);
        JsonNode second = ok(call(Method.GET, "/store/listings?sort=recent&limit=2&cursor=" + cursor, other, null), 200);
        assertThat(slugs(second)).doesNotContainAnyElementsOf(slugs(first));
        JsonNode rated = ok(call(Method.GET, "/store/listings?sort=rating&include_total=true", other, null), 200);
        assertThat(rated.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(rated.get("items").get(0).has("rating")).isTrue();
    }

    @Test
    void reviewsAndListing_ofUnknownSlug_are404() {
        problem(call(Method.GET, "/store/listings/nothing-" + suffix, other, null), 404);
        problem(call(Method.GET, "/store/listings/NOT%20A%20SLUG", other, null), 404);
    }

    @Test
    void listingSearch_matchesWordFormsAndDropsStopWords_asPostgresEnglishSearchDoes() {
        StringBuilder tag = new StringBuilder("zq");
        suffix.chars().forEach(c -> tag.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        tag.append('x');
        Map<String, Object> s = submission(graph(owner), "words-" + suffix);
        s.put("name", "Running Quokkas " + tag);
        s.put("sub_heading", "Crunches numbers");
        s.put("description", "Runs the company's tasks");
        approve(ok(call(Method.POST, "/store/submissions", owner, s), 201));

        for (String q : List.of("run", "runs", "crunch", "companies", "quokka", "task", "RUNNING")) {
            assertThat(slugs(ok(call(Method.GET, "/store/listings?q=" + tag + "%20" + q, other, null), 200)))
                    .as(q).containsExactly("words-" + suffix);
        }
        assertThat(slugs(ok(call(Method.GET, "/store/listings?q=" + tag + "%20walking", other, null), 200))).isEmpty();
        assertThat(slugs(ok(call(Method.GET, "/store/listings?q=the", other, null), 200))).isEmpty();
    }
}
