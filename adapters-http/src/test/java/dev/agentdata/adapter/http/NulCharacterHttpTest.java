package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.createGraph;
import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.paths;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
import static dev.agentdata.adapter.http.ConformanceFixtures.runnable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import org.junit.jupiter.api.Test;

/**
 * U+0000 anywhere in a request is refused the same way on every storage (Postgres text and jsonb cannot hold it,
 * so memory must not accept it either): 400 with the path in bodies and queries, 404 in a slug, 401 in a token.
 */
@StorageServer
class NulCharacterHttpTest {
    private final Http http;

    NulCharacterHttpTest(Http1Client client) {
        this.http = new Http(client);
    }

    @Test
    void nulInBodyStrings_is400WithEveryPath() {
        String token = ConformanceFixtures.user();
        String body = "{\"name\": \"a\\u0000b\", \"description\": null, \"is_template\": false, \"nodes\": [{\"id\": \"n\","
                + " \"block_id\": \"x\", \"label\": \"l\", \"input_default\": {\"t\": [\"ok\", \"\\u0000\"]},"
                + " \"metadata\": {}, \"node_type\": \"standard\"}], \"links\": []}";

        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, body), 400)))
                .containsExactlyInAnyOrder("name", "nodes[0].input_default.t[1]");
        assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me", token,
                "{\"metadata\": {\"k\\u0000\": 1}, \"name\": \"\\u0000\"}"), 400))).hasSize(2);
        assertThat(ok(http.call(Method.GET, "/api/v1/me", token, null), 200).get("metadata").isEmpty()).isTrue();
    }

    @Test
    void nulInExecutionValues_is400_andTheExecutionIsUnchanged() {
        String token = ConformanceFixtures.user();
        String gid = createGraph(http, token, runnable("nul")).get("id").asText();
        problem(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token,
                "{\"inputs\": {\"in\": \"x\\u0000\"}}"), 400);
        String id = ok(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of()), 201)
                .get("id").asText();

        assertThat(paths(problem(http.call(Method.POST, "/api/v1/executions/" + id + "/status", token,
                "{\"status\": \"failed\", \"error_message\": \"bad\\u0000\"}"), 400))).containsExactly("error_message");
        assertThat(ok(http.call(Method.GET, "/api/v1/executions/" + id, token, null), 200).get("status").asText())
                .isEqualTo("queued");
    }

    @Test
    void nulInQueryOrSlug_is400Or404_neverAServerError() {
        String token = ConformanceFixtures.user();
        assertThat(paths(problem(http.call(Method.GET, "/api/v1/store/listings?q=a%00b&category=%00", token, null),
                400))).containsExactlyInAnyOrder("q", "category");
        problem(http.call(Method.GET, "/api/v1/store/listings/ab%00c", token, null), 404);
        problem(http.call(Method.POST, "/api/v1/store/listings/ab%00c/reviews", token, Map.of("score", 3)), 404);
    }

    @Test
    void nulInTokenClaims_is401() {
        UUID sub = UUID.randomUUID();
        Map<String, Object> badEmail = Tokens.claims(sub, "a\u0000@example.org", 3600);
        Map<String, Object> badName = Tokens.claims(sub, "a@example.org", 3600);
        badName.put("user_metadata", Map.of("name", "A\u0000"));

        problem(http.call(Method.GET, "/api/v1/me", Tokens.token("HS256", Tokens.SECRET, badEmail), null), 401);
        problem(http.call(Method.GET, "/api/v1/me", Tokens.token("HS256", Tokens.SECRET, badName), null), 401);
    }
}
