package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

import dev.agentdata.application.port.in.execution.NodeTransitionCommand;
import dev.agentdata.application.port.in.graph.GraphInput;
import dev.agentdata.application.port.in.user.UpdatePreferencesCommand;
import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.IllegalTransitionException;
import dev.agentdata.domain.user.NotificationType;

@ServerTest
class RequestShapeHttpTest {
    private static final HttpApi API = HttpApiTestServer.api(FakeUseCases.services(false));
    private final Http http;
    private final String token = Tokens.valid(UUID.randomUUID());

    RequestShapeHttpTest(Http1Client client) {
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

    private static JsonNode problem(Http.Resp r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.raw()).doesNotContain("Exception", "java.", "at dev.", "SQL");
        return r.json();
    }

    private static List<String> paths(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("path").asText()));
        return out;
    }

    static Map<String, Object> node(String id) {
        return new java.util.LinkedHashMap<>(Map.of("id", id, "block_id", "adder", "label", "l",
                "input_default", Map.of("a", 1), "metadata", Map.of("position", Map.of("x", 0, "y", 0)),
                "node_type", "standard"));
    }

    static Map<String, Object> graph(List<Map<String, Object>> nodes) {
        return new java.util.LinkedHashMap<>(Map.of("name", "g", "description", "d", "is_template", false,
                "nodes", nodes, "links", List.of(Map.of("source_id", "n0", "sink_id", "n1", "source_name", "sum",
                        "sink_name", "a", "is_static", false))));
    }

    @Test
    void createGraph_is201WithLocation_andKeepsFreeFormMaps() {
        Map<String, Object> n0 = node("n0");
        n0.put("metadata", Map.of("position", Map.of("x", 0, "y", 0), "anything", Map.of("deep", List.of(1, "two"))));
        Http.Resp r = http.call(Method.POST, "/api/v1/graphs", token, graph(List.of(n0, node("n1"))));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/v1/graphs/" + r.json().get("id").asText());
        assertThat(r.json().get("is_active").asBoolean()).isTrue();
        assertThat(r.json().get("nodes").get(0).get("node_type").asText()).isEqualTo("standard");
        assertThat(r.json().get("nodes").get(0).get("metadata").get("anything").get("deep").get(1).asText()).isEqualTo("two");
        assertThat(r.json().get("links").get(0).get("id").asText()).isNotBlank();
        assertThat(r.json().get("links").get(0).has("is_static")).isTrue();
        assertThat(r.json().get("created_at").asText()).isEqualTo("2026-11-24T10:15:30.123456Z");
        GraphInput in = (GraphInput) FakeUseCases.LAST_COMMAND.get();
        assertThat(in.nodes().getFirst().metadata()).containsKey("anything");
    }

    @Test
    void unknownFieldsAtAnyDepth_are400WithThePath() {
        Map<String, Object> n0 = node("n0");
        n0.put("colour", "red");
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, graph(List.of(n0))), 400)))
                .containsExactly("nodes[0].colour");
        Map<String, Object> top = graph(List.of(node("n0")));
        top.put("owner", "me");
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, top), 400))).containsExactly("owner");
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/executions/" + UUID.randomUUID() + "/status", token,
                Map.of("status", "running", "extra", 1)), 400))).containsExactly("extra");
    }

    @Test
    void missingFieldsAndBadEnums_are400ListingEveryPath() {
        Map<String, Object> n0 = node("n0");
        n0.remove("block_id");
        n0.put("node_type", "bogus");
        Map<String, Object> body = graph(List.of(n0));
        body.remove("name");
        body.put("links", List.of(Map.of("source_id", "n0")));
        JsonNode p = problem(http.call(Method.POST, "/api/v1/graphs", token, body), 400);
        assertThat(paths(p)).contains("name", "nodes[0].block_id", "nodes[0].node_type", "links[0].sink_id",
                "links[0].source_name", "links[0].sink_name");
        problem(http.call(Method.POST, "/api/v1/executions/" + UUID.randomUUID() + "/status", token,
                Map.of("status", "exploded")), 400);
        problem(http.call(Method.POST, "/api/v1/executions/" + UUID.randomUUID() + "/status", token, Map.of()), 400);
        problem(http.call(Method.POST, "/api/v1/executions/" + UUID.randomUUID() + "/node-executions", token,
                Map.of("inputs", Map.of())), 400);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + UUID.randomUUID() + "/active-version", token, Map.of()), 400);
    }

    @Test
    void wrongTypesMalformedJsonAndNullBodies_are400() {
        String exec = "/api/v1/executions/" + UUID.randomUUID();
        assertThat(paths(problem(http.call(Method.POST, exec + "/status", token, Map.of("status", 5)), 400)))
                .containsExactly("status");
        problem(http.call(Method.POST, exec + "/status", token, "{\"status\": "), 400);
        problem(http.call(Method.POST, exec + "/status", token, "null"), 400);
        problem(http.call(Method.POST, exec + "/status", token, "[]"), 400);
        problem(http.call(Method.POST, exec + "/status", token, Map.of("status", "running", "outputs", 7)), 400);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + UUID.randomUUID() + "/active-version", token,
                Map.of("version", "2")), 400);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + UUID.randomUUID() + "/active-version", token,
                Map.of("version", 1.5)), 400);
        problem(http.call(Method.PATCH, "/api/v1/me/preferences", token, Map.of("notify_on_agent_run", "false")), 400);
        problem(http.call(Method.PATCH, "/api/v1/me/preferences", token, Map.of("notify_on_agent_run", 0)), 400);
        assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me/preferences", token,
                "{\"notify_on_agent_run\": null}"), 400))).containsExactly("notify_on_agent_run");
        assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me", token, "{\"email\": null}"), 400)))
                .containsExactly("email");
        problem(http.call(Method.POST, exec + "/status", Map.of("Authorization", "Bearer " + token,
                "Content-Type", "text/plain"), "{\"status\":\"running\"}"), 415);
    }

    @Test
    void pathIdsThatAreNotUuids_andUnknownRoutes_are404_wrongMethods405() {
        problem(http.call(Method.GET, "/api/v1/graphs/not-a-uuid", token, null), 404);
        problem(http.call(Method.GET, "/api/v1/graphs/" + UUID.randomUUID() + "/versions/x", token, null), 404);
        problem(http.call(Method.GET, "/api/v1/executions/123", token, null), 404);
        problem(http.call(Method.GET, "/api/v1/nothing", token, null), 404);
        Http.Resp r = http.call(Method.DELETE, "/api/v1/executions/" + UUID.randomUUID(), token, null);
        problem(r, 405);
        assertThat(r.header("Allow")).isEqualTo("GET");
        problem(http.call(Method.PUT, "/api/v1/blocks", token, Map.of()), 405);
    }

    @Test
    void ruleViolations_are422WithEveryError_andChecksOfOwnValuesComeFirst() {
        FakeUseCases.NEXT_FAILURE.set(new ValidationException(List.of(new Violation("nodes[0].label", "too long"),
                new Violation("links[1].sink_id", "no such node"))));
        JsonNode p = problem(http.call(Method.POST, "/api/v1/graphs", token, graph(List.of(node("n0")))), 422);
        assertThat(paths(p)).containsExactly("nodes[0].label", "links[1].sink_id");
        assertThat(p.get("errors").get(0).get("message").asText()).isEqualTo("too long");
        String nodeStatus = "/api/v1/executions/" + UUID.randomUUID() + "/node-executions/" + UUID.randomUUID() + "/status";
        problem(http.call(Method.POST, nodeStatus, token, Map.of("status", "running", "execution_cost", 3)), 422);
        problem(http.call(Method.POST, nodeStatus, token, Map.of("status", "completed", "execution_cost", -1)), 422);
        assertThat(http.call(Method.POST, nodeStatus, token, Map.of("status", "running")).status()).isEqualTo(200);
        assertThat(((NodeTransitionCommand) FakeUseCases.LAST_COMMAND.get()).status()).isEqualTo(ExecutionStatus.RUNNING);
        problem(http.call(Method.PATCH, "/api/v1/me/preferences", token, Map.of("max_emails_per_day", 101)), 422);
        JsonNode profile = problem(http.call(Method.PATCH, "/api/v1/me", token,
                Map.of("email", "nope", "timezone", "Mars/Base", "locale", "!!")), 422);
        assertThat(paths(profile)).containsExactly("email", "timezone", "locale");
    }

    @Test
    void preferences_falseStaysFalse_andAbsentFieldsStay() {
        http.call(Method.GET, "/api/v1/me", token, null);
        Http.Resp r = http.call(Method.PATCH, "/api/v1/me/preferences", token,
                Map.of("notify_on_agent_run", false, "max_emails_per_day", 0));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().get("notify_on_agent_run").asBoolean()).isFalse();
        assertThat(r.json().get("notify_on_weekly_summary").asBoolean()).isTrue();
        assertThat(r.json().get("max_emails_per_day").asInt()).isZero();
        UpdatePreferencesCommand cmd = (UpdatePreferencesCommand) FakeUseCases.LAST_COMMAND.get();
        assertThat(cmd.switches()).containsExactly(Map.entry(NotificationType.AGENT_RUN, false));
    }

    @Test
    void stateConflicts_are409WithTheCurrentStatus_outages503_bugs500WithoutInternals() {
        String exec = "/api/v1/executions/" + UUID.randomUUID();
        FakeUseCases.NEXT_FAILURE.set(new IllegalTransitionException(ExecutionStatus.COMPLETED, ExecutionStatus.RUNNING));
        assertThat(problem(http.call(Method.POST, exec + "/status", token, Map.of("status", "running")), 409)
                .get("detail").asText()).contains("current status is completed");
        FakeUseCases.NEXT_FAILURE.set(new StorageUnavailableException("db down", new RuntimeException("SQLState 08001")));
        problem(http.call(Method.GET, exec, token, null), 503);
        FakeUseCases.NEXT_FAILURE.set(new IllegalStateException("SELECT * FROM secrets failed"));
        Http.Resp r = http.call(Method.GET, exec, Map.of("Authorization", "Bearer " + token, "X-Request-Id", "req-9"), null);
        JsonNode p = problem(r, 500);
        assertThat(r.raw()).doesNotContain("SELECT", "IllegalState");
        assertThat(p.get("detail").asText()).contains("req-9");
        assertThat(r.header("X-Request-Id")).isEqualTo("req-9");
    }

    @Test
    void outages_are503WithRetryAfterInSeconds() {
        FakeUseCases.NEXT_FAILURE.set(new StorageUnavailableException("db down", new RuntimeException("SQLState 08001")));
        Http.Resp r = http.call(Method.GET, "/api/v1/executions/" + UUID.randomUUID(), token, null);
        problem(r, 503);
        assertThat(Integer.parseInt(r.header("Retry-After"))).isPositive();
        assertThat(r.header("X-Request-Id")).isNotBlank();
        FakeUseCases.NEXT_FAILURE.set(new StorageUnavailableException("db down", new RuntimeException("SQLState 08001")));
        Http.Resp auth = http.call(Method.GET, "/api/v1/me", Tokens.valid(UUID.randomUUID()), null);
        problem(auth, 503);
        assertThat(Integer.parseInt(auth.header("Retry-After"))).isPositive();
    }

    @Test
    void bodyOverTheLimit_is413Problem() {
        String big = "{\"name\":\"" + "x".repeat((int) HttpApiTestServer.LIMIT + 10) + "\"}";
        Http.Resp r = http.call(Method.POST, "/api/v1/graphs", token, big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(413);
    }

    @Test
    void chunkedBodyOverTheLimit_is413Problem() {
        Http.Resp r = http.chunked(Method.POST, "/api/v1/graphs", token,
                ("{\"name\":\"" + "x".repeat((int) HttpApiTestServer.LIMIT + 10) + "\"}").getBytes());
        assertThat(r.status()).as(r.raw()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void executionList_validatesQueryAndSignsCursors() {
        Http.Resp first = http.call(Method.GET, "/api/v1/executions?limit=5&include_total=true&status=running&graph_id="
                + UUID.randomUUID(), token, null);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.json().get("total").asLong()).isEqualTo(45);
        assertThat(FakeUseCases.LAST_PAGE.get().limit()).isEqualTo(5);
        assertThat(FakeUseCases.LAST_QUERY.get().status()).contains(ExecutionStatus.RUNNING);
        JsonNode item = first.json().get("items").get(0);
        assertThat(item.get("duration_seconds").isNull()).isTrue();
        assertThat(item.get("started_at").isNull()).isTrue();
        String cursor = first.json().get("next_cursor").asText();
        assertThat(http.call(Method.GET, "/api/v1/executions?cursor=" + cursor, token, null).status()).isEqualTo(200);
        assertThat(FakeUseCases.LAST_PAGE.get().after()).isPresent();
        assertThat(FakeUseCases.LAST_PAGE.get().limit()).isEqualTo(20);
        assertThat(http.call(Method.GET, "/api/v1/executions", token, null).json().has("total")).isFalse();
        String tampered = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("AA") ? "BB" : "AA");
        for (String q : List.of("limit=0", "limit=101", "limit=abc", "include_total=yes", "status=sleeping",
                "graph_id=nope", "cursor=bm90LWEtY3Vyc29y", "cursor=" + tampered)) {
            problem(http.call(Method.GET, "/api/v1/executions?" + q, token, null), 400);
        }
        problem(http.call(Method.GET, "/api/v1/graphs?cursor=" + cursor, token, null), 400);
        JsonNode graphs = http.call(Method.GET, "/api/v1/graphs", token, null).json();
        assertThat(graphs.get("next_cursor").asText()).isNotBlank();
        assertThat(graphs.get("items").get(0).has("success_rate")).isTrue();
    }

    @Test
    void executionDetails_carryNodeExecutionsAndDurations() {
        Http.Resp r = http.call(Method.GET, "/api/v1/executions/" + UUID.randomUUID(), token, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("duration_seconds").asDouble()).isEqualTo(10.0);
        JsonNode n = r.json().get("node_executions").get(0);
        assertThat(n.get("node_id").asText()).isEqualTo("n0");
        assertThat(n.get("execution_cost").asLong()).isZero();
        Http.Resp versions = http.call(Method.GET, "/api/v1/graphs/" + UUID.randomUUID() + "/versions", token, null);
        assertThat(versions.json().isArray()).isTrue();
        assertThat(versions.json().get(0).get("is_active").asBoolean()).isTrue();
        assertThat(http.call(Method.DELETE, "/api/v1/graphs/" + UUID.randomUUID(), token, null).status()).isEqualTo(204);
        Http.Resp cancelled = http.call(Method.POST, "/api/v1/executions/" + UUID.randomUUID() + "/cancel", token, null);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
    }
}
