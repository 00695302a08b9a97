package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.StoreCalls.adminClaims;
import static dev.agentdata.adapter.http.StoreCalls.ok;
import static dev.agentdata.adapter.http.StoreCalls.problem;
import static dev.agentdata.adapter.http.StoreCalls.submission;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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

/** {@code PATCH} and {@code DELETE /api/v1/store/submissions/{id}}: every status, on the real services over memory. */
@ServerTest
class StoreSubmissionChangesHttpTest {
    private static final HttpApi API = HttpApiTestServer.api(ServiceWiring.on(Clock.systemUTC(), TestStorage.memory()));
    private final StoreCalls api;
    private final String owner = Tokens.valid(UUID.randomUUID());
    private final String other = Tokens.valid(UUID.randomUUID());
    private final String admin = Tokens.token("HS256", Tokens.SECRET, adminClaims(UUID.randomUUID()));
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    StoreSubmissionChangesHttpTest(Http1Client client) {
        this.api = new StoreCalls(client);
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
        return api.call(m, path, token, body);
    }

    private String graph(String token) {
        return api.graph(token);
    }

    private JsonNode submit(String token, String graphId, String slug) {
        return ok(call(Method.POST, "/store/submissions", token, submission(graphId, slug)), 201);
    }

    private JsonNode decide(JsonNode submission, String decision) {
        return ok(call(Method.POST, "/admin/store/submissions/" + submission.get("id").asText() + "/review", admin,
                Map.of("decision", decision, "comment", "ok")), 200);
    }

    private static String path(JsonNode submission) {
        return "/store/submissions/" + submission.get("id").asText();
    }

    private List<String> found(String q) {
        return ok(call(Method.GET, "/store/listings?limit=100&q=" + q, other, null), 200).get("items")
                .findValuesAsText("slug");
    }

    @Test
    void patch_ofPendingSubmission_is200WithTheMergedFields_andTheApprovedListingIsFoundByThem() {
        String slug = "okapi-" + suffix;
        JsonNode s = submit(owner, graph(owner), slug);
        JsonNode e = ok(call(Method.PATCH, path(s), owner,
                Map.of("name", "Okapi guide", "description", "Forest giraffes explained.", "categories", List.of("animals"))), 200);
        assertThat(e.get("id")).isEqualTo(s.get("id"));
        assertThat(e.get("status").asText()).isEqualTo("pending");
        assertThat(e.get("version").asInt()).isEqualTo(1);
        assertThat(e.get("name").asText()).isEqualTo("Okapi guide");
        assertThat(e.get("sub_heading").asText()).isEqualTo("Summaries of zebra facts");
        assertThat(e.get("description").asText()).isEqualTo("Forest giraffes explained.");
        assertThat(e.get("categories")).extracting(JsonNode::asText).containsExactly("animals");
        assertThat(ok(call(Method.PATCH, path(s), owner, Map.of()), 200).get("name").asText()).isEqualTo("Okapi guide");
        JsonNode mine = ok(call(Method.GET, "/store/submissions", owner, null), 200);
        assertThat(mine.get("items").get(0).get("name").asText()).isEqualTo("Okapi guide");

        decide(s, "approve");
        assertThat(found("okapi")).contains(slug);
        assertThat(found("quaggas")).doesNotContain(slug);
        JsonNode listing = ok(call(Method.GET, "/store/listings/" + slug, other, null), 200);
        assertThat(listing.get("name").asText()).isEqualTo("Okapi guide");
        assertThat(listing.get("categories")).extracting(JsonNode::asText).containsExactly("animals");
    }

    @Test
    void patch_badShapes_are400_andBrokenRules_are422WithPaths() {
        JsonNode s = submit(owner, graph(owner), "shapes-" + suffix);
        problem(call(Method.PATCH, path(s), owner, Map.of("price", 3)), 400);
        problem(call(Method.PATCH, path(s), owner, Map.of("slug", "other-slug")), 400);
        Map<String, Object> nullName = new LinkedHashMap<>();
        nullName.put("name", null);
        assertThat(problem(call(Method.PATCH, path(s), owner, nullName), 400).toString()).contains("name");
        problem(call(Method.PATCH, path(s), owner, Map.of("name", 5)), 400);
        problem(call(Method.PATCH, path(s), owner, Map.of("categories", "writing")), 400);
        problem(call(Method.PATCH, path(s), owner, null), 400);
        JsonNode p = problem(call(Method.PATCH, path(s), owner,
                Map.of("name", " ", "sub_heading", "x".repeat(201), "categories", List.of("a", "a"))), 422);
        assertThat(p.get("errors").findValuesAsText("path")).containsExactly("name", "sub_heading", "categories[1]");
        problem(call(Method.PATCH, "/store/submissions/" + UUID.randomUUID(), owner, Map.of("name", "")), 422);
        assertThat(ok(call(Method.GET, "/store/submissions", owner, null), 200).get("items").get(0).get("name").asText())
                .isEqualTo("Zebra summariser");
    }

    @Test
    void patchAndDelete_ofAnotherUsersOrUnknownSubmission_are404_andWithoutAToken401() {
        JsonNode s = submit(owner, graph(owner), "hidden-" + suffix);
        problem(call(Method.PATCH, path(s), other, Map.of("name", "Mine")), 404);
        problem(call(Method.DELETE, path(s), other, null), 404);
        problem(call(Method.PATCH, "/store/submissions/" + UUID.randomUUID(), owner, Map.of("name", "x")), 404);
        problem(call(Method.DELETE, "/store/submissions/" + UUID.randomUUID(), owner, null), 404);
        problem(call(Method.DELETE, "/store/submissions/not-a-uuid", owner, null), 404);
        problem(call(Method.PATCH, path(s), null, Map.of("name", "x")), 401);
        problem(call(Method.DELETE, path(s), null, null), 401);
        Http.Resp get = call(Method.GET, path(s), owner, null);
        problem(get, 405);
        assertThat(get.header("Allow")).isEqualTo("PATCH, DELETE");
        assertThat(ok(call(Method.GET, "/store/submissions", owner, null), 200).get("items").get(0).get("id"))
                .isEqualTo(s.get("id"));
    }

    @Test
    void patch_ofApprovedOrRejected_is409_andDelete_ofApproved_is409() {
        JsonNode approved = submit(owner, graph(owner), "locked-" + suffix);
        decide(approved, "approve");
        JsonNode rejected = submit(owner, graph(owner), "refused-" + suffix);
        decide(rejected, "reject");
        assertThat(problem(call(Method.PATCH, path(approved), owner, Map.of("name", "x")), 409).toString())
                .contains("approved");
        problem(call(Method.PATCH, path(rejected), owner, Map.of("name", "x")), 409);
        problem(call(Method.DELETE, path(approved), owner, null), 409);
        ok(call(Method.GET, "/store/listings/locked-" + suffix, other, null), 200);
    }

    @Test
    void delete_ofPendingOrRejected_is204_andTheLastVersionTakesItsListingAndSlugAlong() {
        String g = graph(owner);
        String slug = "gone-" + suffix;
        JsonNode v1 = submit(owner, g, slug);
        JsonNode v2 = submit(owner, g, slug);
        Http.Resp del = call(Method.DELETE, path(v1), owner, null);
        assertThat(del.status()).as(del.raw()).isEqualTo(204);
        assertThat(del.raw()).isEmpty();
        problem(call(Method.DELETE, path(v1), owner, null), 404);
        problem(call(Method.DELETE, "/graphs/" + g, owner, null), 409);
        decide(v2, "reject");
        assertThat(call(Method.DELETE, path(v2), owner, null).status()).isEqualTo(204);
        assertThat(ok(call(Method.GET, "/store/submissions", owner, null), 200).get("items")).isEmpty();
        submit(other, graph(other), slug);
        assertThat(call(Method.DELETE, "/graphs/" + g, owner, null).status()).isEqualTo(204);
    }
}
