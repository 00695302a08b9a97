package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.createGraph;
import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.paths;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
import static dev.agentdata.adapter.http.ConformanceFixtures.runnable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.Test;

/** API.md "Conventions" on request bodies: strict JSON, paths in 400s, optional bodies, values before state. */
@StorageServer
class ApiConformanceBodiesHttpTest {
    private final Http http;
    private final WebServer server;

    ApiConformanceBodiesHttpTest(Http1Client client, WebServer server) {
        this.http = new Http(client);
        this.server = server;
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void unparsableRequests_are400ProblemDocuments() throws IOException {
        String token = ConformanceFixtures.user();
        for (String target : new String[] {"/api/v1/executions?cursor=%zz", "/api/v1/graphs/%zz"}) {
            String response = raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
            assertThat(response).contains("\"status\":400").doesNotContain("Exception");
        }
    }

    @Test
    void everyShapeErrorOfABody_isListed() {
        String token = ConformanceFixtures.user();
        String body = "{\"name\": 5, \"is_template\": \"no\", \"colour\": 1, \"nodes\": [{\"id\": \"a\","
                + " \"block_id\": 7, \"label\": [], \"input_default\": {\"k\": {\"any\": 1}}, \"extra\": true}, 3],"
                + " \"links\": [{\"source_id\": \"a\", \"sink_id\": \"a\", \"source_name\": \"x\","
                + " \"sink_name\": \"y\", \"is_static\": 1}]}";
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, body), 400))).containsExactlyInAnyOrder(
                "name", "is_template", "colour", "nodes[0].block_id", "nodes[0].label", "nodes[0].extra", "nodes[1]",
                "links[0].is_static");
        assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me/preferences", token,
                "{\"max_emails_per_day\": \"3\", \"notify_on_agent_run\": 1, \"notify_on_x\": true}"), 400)))
                .containsExactlyInAnyOrder("max_emails_per_day", "notify_on_agent_run", "notify_on_x");
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, "[1, 2]"), 400))).containsExactly("");
        assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me", token,
                "{\"email\": null, \"name\": 5, \"locale\": \"en\"}"), 400))).containsExactlyInAnyOrder("email", "name");
    }

    @Test
    void duplicateKeys_areMalformedJson400() {
        String token = ConformanceFixtures.user();
        problem(http.call(Method.PATCH, "/api/v1/me", token, "{\"name\": \"a\", \"name\": \"b\"}"), 400);
        problem(http.call(Method.PATCH, "/api/v1/me", token, "{\"metadata\": {\"k\": 1, \"k\": 2}}"), 400);
    }

    @Test
    void numbersOutOfRange_are400WithThePath() {
        String token = ConformanceFixtures.user();
        String gid = createGraph(http, token, runnable("range")).get("id").asText();
        assertThat(paths(problem(http.call(Method.PUT, "/api/v1/graphs/" + gid + "/active-version", token,
                "{\"version\": 99999999999}"), 400))).containsExactly("version");
        assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me/preferences", token,
                "{\"max_emails_per_day\": 1e400}"), 400))).hasSize(1);
        assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me/preferences", token,
                "{\"max_emails_per_day\": 99999999999}"), 400))).containsExactly("max_emails_per_day");
        String id = ok(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of()), 201)
                .get("id").asText();
        String nid = ok(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions", token,
                Map.of("node_id", "add")), 201).get("id").asText();
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions/" + nid + "/status",
                token, "{\"status\": \"completed\", \"execution_cost\": 99999999999999999999999}"), 400)))
                .containsExactly("execution_cost");
    }

    @Test
    void startWithoutABody_runsTheActiveVersionWithNoInputs() {
        String token = ConformanceFixtures.user();
        String gid = createGraph(http, token, runnable("no body")).get("id").asText();
        JsonNode e = ok(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, null), 201);
        assertThat(e.get("graph_version").asInt()).isEqualTo(1);
        assertThat(e.get("inputs").isObject()).isTrue();
    }

    @Test
    void cancel_takesNoBody_andIgnoresAnySent() {
        String token = ConformanceFixtures.user();
        String gid = createGraph(http, token, runnable("cancel")).get("id").asText();
        String a = ok(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of()), 201).get("id").asText();
        String b = ok(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of()), 201)
                .get("id").asText();
        assertThat(ok(http.call(Method.POST, "/api/v1/executions/" + a + "/cancel", token, Map.of("reason", "x")), 200)
                .get("status").asText()).isEqualTo("cancelled");
        assertThat(ok(http.call(Method.POST, "/api/v1/executions/" + b + "/cancel", token, Map.of()), 200)
                .get("status").asText()).isEqualTo("cancelled");
        problem(http.call(Method.POST, "/api/v1/executions/" + UUID.randomUUID() + "/cancel", token, null), 404);
    }

    @Test
    void ownValuesAreCheckedBeforeState() {
        String token = ConformanceFixtures.user();
        String other = ConformanceFixtures.user();
        String taken = ok(http.call(Method.GET, "/api/v1/me", other, null), 200).get("email").asText();
        ok(http.call(Method.GET, "/api/v1/me", token, null), 200);
        assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me", token,
                Map.of("email", taken, "timezone", "Nowhere/Land")), 422))).containsExactly("timezone");
        String gid = createGraph(http, token, runnable("order")).get("id").asText();
        String id = ok(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of()), 201)
                .get("id").asText();
        ok(http.call(Method.POST, "/api/v1/executions/" + id + "/status", token, Map.of("status", "cancelled")), 200);
        problem(http.call(Method.POST, "/api/v1/executions/" + id + "/status", token, Map.of("status", "paused")), 400);
        problem(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions", token,
                Map.of("node_id", "ghost", "inputs", Map.of())), 422);
        problem(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions", token,
                Map.of("node_id", "add", "inputs", Map.of())), 409);
    }
}
