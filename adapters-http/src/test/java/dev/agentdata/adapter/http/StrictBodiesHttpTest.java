package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.createGraph;
import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.paths;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
import static dev.agentdata.adapter.http.ConformanceFixtures.runnable;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.Test;

/**
 * What a JSON body must be: {@code application/json} in UTF-8 (415 otherwise), no null where a string or an object
 * is required (400); routes that take no body never look at one, and an empty body where every field is optional
 * means all defaults.
 */
@StorageServer
class StrictBodiesHttpTest {
    private final Http http;
    private final StoreCalls store;
    private final RawHttp raw;

    StrictBodiesHttpTest(Http1Client client, WebServer server) {
        this.http = new Http(client);
        this.store = new StoreCalls(client);
        this.raw = new RawHttp(server.port());
    }

    private RawHttp.Answer post(String path, String token, String contentType, String body) {
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer " + token));
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return raw.send("POST", path, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String topUp() {
        return "{\"amount\": 5, \"idempotency_key\": \"" + UUID.randomUUID() + "\"}";
    }

    @Test
    void aJsonBody_withoutApplicationJsonInUtf8_is415() {
        String token = ConformanceFixtures.user();
        for (String contentType : Arrays.asList(null, "*/*", "text/plain", "application/*", "application/jsonx",
                "application/problem+json", "application/json; charset=latin1", "application/json; charset=utf-16",
                "application/json; charset", "application/json, text/plain")) {
            RawHttp.Answer answer = post("/api/v1/credits/top-up", token, contentType, topUp());
            assertThat(answer.status()).as(contentType + ": " + answer.body()).isEqualTo(415);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("status").asInt()).isEqualTo(415);
            assertThat(answer.header("X-Request-Id")).isNotBlank();
        }
    }

    @Test
    void applicationJson_inAnyCase_withUtf8OrOtherParameters_isAccepted() {
        String token = ConformanceFixtures.user();
        for (String contentType : List.of("application/json", "Application/JSON", "application/json; charset=utf-8",
                "application/json;charset=\"UTF-8\"", "application/json; version=1")) {
            RawHttp.Answer answer = post("/api/v1/credits/top-up", token, contentType, topUp());
            assertThat(answer.status()).as(contentType + ": " + answer.body()).isEqualTo(201);
        }
    }

    @Test
    void routesThatTakeNoBody_ignoreItsContentTypeAndContent() {
        String token = ConformanceFixtures.user();
        String gid = createGraph(http, token, runnable("no body")).get("id").asText();
        String a = ok(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of()), 201)
                .get("id").asText();
        String b = ok(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of()), 201)
                .get("id").asText();

        RawHttp.Answer junk = post("/api/v1/executions/" + a + "/cancel", token, "text/plain", "not json at all");
        assertThat(junk.status()).as(junk.body()).isEqualTo(200);
        assertThat(junk.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(ok(http.call(Method.POST, "/api/v1/executions/" + b + "/cancel", token, Map.of("reason", "x")), 200)
                .get("status").asText()).isEqualTo("cancelled");
        RawHttp.Answer me = raw.send("GET", "/api/v1/me", Map.of("Authorization", "Bearer " + token,
                "Content-Type", "text/plain"), null);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
    }

    @Test
    void startingAnExecution_withAnEmptyBody_meansAllDefaults_whateverItsContentType() {
        String token = ConformanceFixtures.user();
        String path = "/api/v1/graphs/" + createGraph(http, token, runnable("defaults")).get("id").asText()
                + "/executions";

        for (String contentType : Arrays.asList(null, "text/plain", "application/json")) {
            RawHttp.Answer answer = post(path, token, contentType, "");
            assertThat(answer.status()).as(contentType + ": " + answer.body()).isEqualTo(201);
            assertThat(answer.json().get("graph_version").asInt()).isEqualTo(1);
        }
        assertThat(post(path, token, null, "{}").status()).isEqualTo(415);
        assertThat(post(path, token, "text/plain", "{}").status()).isEqualTo(415);
        assertThat(post(path, token, "application/json", "{\"inputs\": {\"x\": [null, 1]}}").status()).isEqualTo(201);
    }

    @Test
    void aNullWhereAStringOrObjectIsRequired_is400WithItsPath_neverA422() {
        String token = ConformanceFixtures.user();
        Map<String, Object> submission = StoreCalls.submission(store.graph(token), "nulls-" + UUID.randomUUID());
        submission.put("categories", Arrays.asList("writing", null));
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/store/submissions", token, submission), 400)))
                .containsExactly("categories[1]");
        submission.put("categories", Arrays.asList(5, null));
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/store/submissions", token, submission), 400)))
                .containsExactly("categories[0]", "categories[1]");
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/api-keys", token,
                Map.of("name", "k", "permissions", Arrays.asList((Object) null))), 400)))
                .containsExactly("permissions[0]");
        Map<String, Object> graph = runnable("nulls");
        graph.put("nodes", Arrays.asList((Object) null));
        graph.put("links", Arrays.asList((Object) null));
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, graph), 400)))
                .containsExactlyInAnyOrder("nodes[0]", "links[0]");
    }
}
