package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import org.junit.jupiter.api.Test;

/** The users, blocks, graphs and executions flows of smoke.py, over HTTP, on the real services, on memory storage (Postgres in the subclass). */
@StorageServer
class MemoryEndToEndHttpTest {
    private final Http http;

    MemoryEndToEndHttpTest(Http1Client client) {
        this.http = new Http(client);
    }

    private static String user() {
        return Tokens.valid(UUID.randomUUID());
    }

    private JsonNode ok(Http.Resp r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        return r.json();
    }

    private JsonNode problem(Http.Resp r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.raw()).doesNotContain("Exception", "java.", "at dev.");
        return r.json();
    }

    /** A two-node chain over the first compatible port pair of the catalog, with required inputs filled. */
    private Map<String, Object> chainGraph(String token, String name) {
        JsonNode blocks = ok(http.call(Method.GET, "/api/v1/blocks", token, null), 200);
        for (JsonNode a : blocks) {
            for (var out : a.get("output_schema").properties()) {
                for (JsonNode b : blocks) {
                    for (var in : b.get("input_schema").properties()) {
                        String ot = out.getValue().get("type").asText();
                        String it = in.getValue().get("type").asText();
                        if (ot.equals(it) || ot.equals("any") || it.equals("any") || (ot.equals("integer") && it.equals("number"))) {
                            List<Map<String, Object>> nodes = List.of(
                                    node("n0", a, Map.of("position", Map.of("x", 0, "y", 0)), null),
                                    node("n1", b, Map.of(), in.getKey()));
                            return new LinkedHashMap<>(Map.of("name", name, "description", "e2e", "is_template", false,
                                    "nodes", nodes, "links", List.of(Map.of("source_id", "n0", "sink_id", "n1",
                                            "source_name", out.getKey(), "sink_name", in.getKey(), "is_static", false))));
                        }
                    }
                }
            }
        }
        throw new AssertionError("no compatible port pair");
    }

    private static Map<String, Object> node(String id, JsonNode block, Map<String, Object> metadata, String fed) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (var port : block.get("input_schema").properties()) {
            if (port.getValue().get("required").asBoolean() && !port.getKey().equals(fed)) {
                defaults.put(port.getKey(), switch (port.getValue().get("type").asText()) {
                    case "number" -> 1.5;
                    case "integer" -> 2;
                    case "boolean" -> true;
                    case "object" -> Map.of("k", "v");
                    case "array" -> List.of(1);
                    default -> "text";
                });
            }
        }
        return new LinkedHashMap<>(Map.of("id", id, "block_id", block.get("id").asText(), "label", "node " + id,
                "input_default", defaults, "metadata", metadata, "node_type", "standard"));
    }

    private JsonNode createGraph(String token) {
        return ok(http.call(Method.POST, "/api/v1/graphs", token, chainGraph(token, "e2e graph")), 201);
    }

    private JsonNode start(String token, String graphId, Map<String, Object> inputs) {
        return ok(http.call(Method.POST, "/api/v1/graphs/" + graphId + "/executions", token, Map.of("inputs", inputs)), 201);
    }

    private Http.Resp setStatus(String token, String executionId, Map<String, Object> body) {
        return http.call(Method.POST, "/api/v1/executions/" + executionId + "/status", token, body);
    }

    @Test
    void users_getOrCreate_preferencesAndProfile() {
        problem(http.call(Method.GET, "/api/v1/me", Map.of(), null), 401);
        UUID sub = UUID.randomUUID();
        String email = "ada-" + sub.toString().substring(0, 8) + "@example.org";
        String token = Tokens.named(sub, email, "Ada Lovelace");
        JsonNode me = ok(http.call(Method.GET, "/api/v1/me", token, null), 200);
        assertThat(me.get("id").asText()).isEqualTo(sub.toString());
        assertThat(me.get("display_name").asText()).isEqualTo("Ada Lovelace");
        assertThat(me.get("notification_preferences").get("max_emails_per_day").asInt()).isEqualTo(3);
        assertThat(me.has("integrations")).isFalse();
        JsonNode prefs = ok(http.call(Method.PATCH, "/api/v1/me/preferences", token,
                Map.of("notify_on_agent_run", false, "notify_on_daily_summary", false, "max_emails_per_day", 0)), 200);
        assertThat(prefs.get("notify_on_agent_run").asBoolean()).isFalse();
        assertThat(prefs.get("notify_on_weekly_summary").asBoolean()).isTrue();
        JsonNode again = ok(http.call(Method.GET, "/api/v1/me", token, null), 200).get("notification_preferences");
        assertThat(again.get("notify_on_daily_summary").asBoolean()).isFalse();
        assertThat(again.get("max_emails_per_day").asInt()).isZero();
        JsonNode patched = ok(http.call(Method.PATCH, "/api/v1/me", token,
                Map.of("name", "Countess", "timezone", "Europe/London", "locale", "en-GB", "metadata", Map.of("k", 1))), 200);
        assertThat(patched.get("display_name").asText()).isEqualTo("Countess");
        assertThat(ok(http.call(Method.GET, "/api/v1/me", token, null), 200).get("name").asText()).isEqualTo("Countess");
        problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("timezone", "Mars/Olympus")), 422);
        UUID other = UUID.randomUUID();
        String otherToken = Tokens.named(other, "b-" + other + "@example.org", "B");
        ok(http.call(Method.GET, "/api/v1/me", otherToken, null), 200);
        problem(http.call(Method.PATCH, "/api/v1/me", otherToken, Map.of("email", email)), 409);
    }

    @Test
    void blocks_catalogHasTypedPorts() {
        JsonNode blocks = ok(http.call(Method.GET, "/api/v1/blocks", user(), null), 200);
        assertThat(blocks.size()).isGreaterThanOrEqualTo(5);
        Set<String> types = Set.of("string", "number", "integer", "boolean", "object", "array", "any");
        for (JsonNode b : blocks) {
            for (String side : List.of("input_schema", "output_schema")) {
                b.get(side).forEach(p -> {
                    assertThat(types).contains(p.get("type").asText());
                    assertThat(p.get("required").isBoolean()).isTrue();
                });
            }
        }
    }

    @Test
    void graphs_createVersionsAndIsolation() {
        String token = user();
        Http.Resp created = http.call(Method.POST, "/api/v1/graphs", token, chainGraph(token, "acc graph"));
        JsonNode g = ok(created, 201);
        String gid = g.get("id").asText();
        assertThat(created.header("Location")).contains(gid);
        assertThat(g.get("version").asInt()).isEqualTo(1);
        assertThat(g.get("links").get(0).get("id").asText()).isNotBlank();
        JsonNode read = ok(http.call(Method.GET, "/api/v1/graphs/" + gid, token, null), 200);
        assertThat(read.get("nodes").get(0).get("metadata").get("position").get("x").asInt()).isZero();
        JsonNode v2 = ok(http.call(Method.PUT, "/api/v1/graphs/" + gid, token, chainGraph(token, "second")), 200);
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        JsonNode versions = ok(http.call(Method.GET, "/api/v1/graphs/" + gid + "/versions", token, null), 200);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(1).get("is_active").asBoolean()).isFalse();
        assertThat(ok(http.call(Method.GET, "/api/v1/graphs/" + gid + "/versions/1", token, null), 200)
                .get("name").asText()).isEqualTo("acc graph");
        ok(http.call(Method.PUT, "/api/v1/graphs/" + gid + "/active-version", token, Map.of("version", 1)), 200);
        assertThat(ok(http.call(Method.GET, "/api/v1/graphs/" + gid, token, null), 200).get("version").asInt()).isEqualTo(1);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + gid + "/active-version", token, Map.of("version", 9)), 404);
        problem(http.call(Method.GET, "/api/v1/graphs/" + gid + "/versions/9", token, null), 404);
        JsonNode list = ok(http.call(Method.GET, "/api/v1/graphs?include_total=true", token, null), 200);
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("success_rate").isNull()).isTrue();

        String stranger = user();
        problem(http.call(Method.GET, "/api/v1/graphs/" + gid, stranger, null), 404);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + gid, stranger, chainGraph(stranger, "x")), 404);
        problem(http.call(Method.DELETE, "/api/v1/graphs/" + gid, stranger, null), 404);
        problem(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", stranger, Map.of("inputs", Map.of())), 404);
        assertThat(ok(http.call(Method.GET, "/api/v1/graphs", stranger, null), 200).get("items").size()).isZero();
        problem(http.call(Method.GET, "/api/v1/graphs/not-a-uuid", token, null), 404);
        assertThat(http.call(Method.DELETE, "/api/v1/graphs/" + gid, token, null).status()).isEqualTo(204);
        problem(http.call(Method.GET, "/api/v1/graphs/" + gid, token, null), 404);
    }

    @Test
    void graphs_invalidGraphListsEveryError() {
        String token = user();
        Map<String, Object> body = chainGraph(token, "bad");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = new ArrayList<>((List<Map<String, Object>>) body.get("nodes"));
        Map<String, Object> first = new LinkedHashMap<>(nodes.getFirst());
        first.put("label", "x".repeat(101));
        nodes.set(0, first);
        body.put("nodes", nodes);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> links = new ArrayList<>((List<Map<String, Object>>) body.get("links"));
        links.add(Map.of("source_id", "n0", "sink_id", "ghost", "source_name", "out", "sink_name", "in", "is_static", false));
        links.add(Map.of("source_id", "n0", "sink_id", "n1", "source_name", "no_such_port",
                "sink_name", links.getFirst().get("sink_name"), "is_static", false));
        body.put("links", links);
        JsonNode p = problem(http.call(Method.POST, "/api/v1/graphs", token, body), 422);
        StringBuilder paths = new StringBuilder();
        p.get("errors").forEach(e -> paths.append(e.get("path").asText()).append(' '));
        assertThat(paths.toString()).contains("nodes[0]", "links[1]", "links[2]");
    }

    @Test
    void executions_lifecycleNodeExecutionsAndCascade() throws InterruptedException {
        String token = user();
        String gid = createGraph(token).get("id").asText();
        JsonNode ex = start(token, gid, Map.of("topic", "cats"));
        assertThat(ex.get("status").asText()).isEqualTo("queued");
        assertThat(ex.get("duration_seconds").isNull()).isTrue();
        String id = ex.get("id").asText();
        problem(setStatus(token, id, Map.of("status", "completed")), 409);
        JsonNode running = ok(setStatus(token, id, Map.of("status", "running")), 200);
        assertThat(running.get("started_at").isNull()).isFalse();
        problem(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions", token,
                Map.of("node_id", "ghost", "inputs", Map.of())), 422);
        JsonNode n0 = ok(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions", token,
                Map.of("node_id", "n0", "inputs", Map.of("a", 1))), 201);
        JsonNode n1 = ok(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions", token,
                Map.of("node_id", "n1", "inputs", Map.of())), 201);
        String path0 = "/api/v1/executions/" + id + "/node-executions/" + n0.get("id").asText() + "/status";
        ok(http.call(Method.POST, path0, token, Map.of("status", "running")), 200);
        JsonNode done = ok(http.call(Method.POST, path0, token, Map.of("status", "completed", "outputs", Map.of("b", 2))), 200);
        assertThat(done.get("outputs").get("b").asInt()).isEqualTo(2);
        problem(http.call(Method.POST, path0, token, Map.of("status", "running")), 409);
        ok(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions/" + n1.get("id").asText() + "/status",
                token, Map.of("status", "running")), 200);
        Thread.sleep(20);
        ok(setStatus(token, id, Map.of("status", "failed", "error_message", "boom")), 200);
        JsonNode full = ok(http.call(Method.GET, "/api/v1/executions/" + id, token, null), 200);
        assertThat(full.get("error_message").asText()).isEqualTo("boom");
        assertThat(full.get("duration_seconds").asDouble()).isPositive();
        Map<String, String> byNode = new LinkedHashMap<>();
        full.get("node_executions").forEach(n -> byNode.put(n.get("node_id").asText(), n.get("status").asText()));
        assertThat(byNode).containsEntry("n0", "completed").containsEntry("n1", "failed");
        problem(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions", token,
                Map.of("node_id", "n0", "inputs", Map.of())), 409);
        JsonNode conflict = problem(setStatus(token, id, Map.of("status", "running")), 409);
        assertThat(conflict.get("detail").asText()).contains("failed");
        problem(setStatus(token, id, Map.of("status", "exploded")), 400);

        JsonNode other = start(token, gid, Map.of());
        assertThat(ok(http.call(Method.POST, "/api/v1/executions/" + other.get("id").asText() + "/cancel", token, null), 200)
                .get("status").asText()).isEqualTo("cancelled");
        problem(http.call(Method.POST, "/api/v1/executions/" + other.get("id").asText() + "/cancel", token, null), 409);
        problem(http.call(Method.GET, "/api/v1/executions/" + id, user(), null), 404);
    }

    @Test
    void executions_paginationIsCompleteOrderedAndSigned() {
        String token = user();
        String gid = createGraph(token).get("id").asText();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            made.add(start(token, gid, Map.of("i", i)).get("id").asText());
        }
        for (String id : made.subList(0, 10)) {
            ok(setStatus(token, id, Map.of("status", "running")), 200);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok(http.call(Method.GET, "/api/v1/executions?limit=20" + (cursor == null ? "" : "&cursor=" + cursor),
                    token, null), 200);
            page.get("items").forEach(i -> seen.add(i.get("id").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(made.reversed());
        JsonNode running = ok(http.call(Method.GET, "/api/v1/executions?status=running&limit=100", token, null), 200);
        Set<String> runningIds = new HashSet<>();
        running.get("items").forEach(i -> runningIds.add(i.get("id").asText()));
        assertThat(runningIds).containsExactlyInAnyOrderElementsOf(made.subList(0, 10));
        JsonNode byGraph = ok(http.call(Method.GET, "/api/v1/executions?limit=50&graph_id=" + gid, token, null), 200);
        assertThat(byGraph.get("items").size()).isEqualTo(45);
        JsonNode total = ok(http.call(Method.GET, "/api/v1/executions?limit=5&include_total=true", token, null), 200);
        assertThat(total.get("total").asLong()).isEqualTo(45);
        String c = total.get("next_cursor").asText();
        String tampered = c.substring(0, c.length() - 2) + (c.endsWith("AA") ? "BB" : "AA");
        problem(http.call(Method.GET, "/api/v1/executions?limit=5&cursor=" + tampered, token, null), 400);
        problem(http.call(Method.GET, "/api/v1/graphs?cursor=" + c, token, null), 400);
        problem(http.call(Method.GET, "/api/v1/executions?limit=0", token, null), 400);
        problem(http.call(Method.GET, "/api/v1/executions?limit=101", token, null), 400);
        problem(http.call(Method.GET, "/api/v1/executions?status=sleeping", token, null), 400);
        JsonNode list = ok(http.call(Method.GET, "/api/v1/graphs", token, null), 200);
        assertThat(list.get("items").get(0).get("execution_count").asLong()).isEqualTo(45);
    }

    @Test
    void concurrentTransitionsFromTheSameStatus_exactlyOneWins() throws Exception {
        String token = user();
        String gid = createGraph(token).get("id").asText();
        for (int round = 0; round < 5; round++) {
            String id = start(token, gid, Map.of()).get("id").asText();
            try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                var a = pool.submit(() -> setStatus(token, id, Map.of("status", "running")));
                var b = pool.submit(() -> setStatus(token, id, Map.of("status", "running")));
                List<Integer> codes = new ArrayList<>(List.of(a.get().status(), b.get().status()));
                codes.sort(null);
                assertThat(codes).containsExactly(200, 409);
                Http.Resp loser = a.get().status() == 409 ? a.get() : b.get();
                assertThat(loser.json().get("detail").asText()).contains("current status is running");
            }
        }
    }

    @Test
    void jsonWithCharsetParameter_isAccepted() {
        String token = user();
        Http.Resp r = http.call(Method.PATCH, "/api/v1/me", Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json; charset=utf-8"), "{\"name\": \"Zoë\"}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("Zoë");
    }

    @Test
    void largeGraph_ofTenThousandNodes_fitsTheDefaultLimit() {
        String token = user();
        Map<String, Object> template = chainGraph(token, "big");
        @SuppressWarnings("unchecked")
        Map<String, Object> n0 = ((List<Map<String, Object>>) template.get("nodes")).getFirst();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> n = new LinkedHashMap<>(n0);
            n.put("id", "n" + i);
            nodes.add(n);
        }
        template.put("nodes", nodes);
        template.put("links", List.of());
        JsonNode g = ok(http.call(Method.POST, "/api/v1/graphs", token, template), 201);
        assertThat(g.get("nodes").size()).isEqualTo(10_000);
    }
}
