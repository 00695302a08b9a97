package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.createGraph;
import static dev.agentdata.adapter.http.ConformanceFixtures.exactFields;
import static dev.agentdata.adapter.http.ConformanceFixtures.graph;
import static dev.agentdata.adapter.http.ConformanceFixtures.inputToTemplate;
import static dev.agentdata.adapter.http.ConformanceFixtures.link;
import static dev.agentdata.adapter.http.ConformanceFixtures.node;
import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.paths;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
import static dev.agentdata.adapter.http.ConformanceFixtures.runnable;
import static dev.agentdata.adapter.http.ConformanceFixtures.timestamp;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import org.junit.jupiter.api.Test;

import dev.agentdata.domain.graph.BuiltInBlocks;

/** API.md "Executions", sentence by sentence, on the real services, on memory storage (Postgres in the subclass). */
@StorageServer
class ApiConformanceExecutionsHttpTest {
    private static final String[] EXECUTION_FIELDS = {"id", "graph_id", "graph_version", "user_id", "status", "inputs",
        "outputs", "error_message", "created_at", "started_at", "ended_at", "duration_seconds", "stats"};
    private static final String[] NODE_FIELDS = {"id", "graph_execution_id", "node_id", "status", "inputs", "outputs",
        "error_message", "execution_cost", "started_at", "ended_at", "duration_seconds"};
    private final Http http;

    ApiConformanceExecutionsHttpTest(Http1Client client) {
        this.http = new Http(client);
    }

    private JsonNode start(String token, String graphId, Map<String, Object> body) {
        return ok(http.call(Method.POST, "/api/v1/graphs/" + graphId + "/executions", token, body), 201);
    }

    private Http.Resp status(String token, String id, Object body) {
        return http.call(Method.POST, "/api/v1/executions/" + id + "/status", token, body);
    }

    private Http.Resp addNode(String token, String id, Object body) {
        return http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions", token, body);
    }

    private Http.Resp nodeStatus(String token, String id, String nodeExecutionId, Object body) {
        return http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions/" + nodeExecutionId + "/status",
                token, body);
    }

    private String runnableGraph(String token) {
        return createGraph(http, token, runnable("runnable")).get("id").asText();
    }

    @Test
    void start_is201WithEveryFieldOfGraphExecution() {
        UUID sub = UUID.randomUUID();
        String token = Tokens.valid(sub);
        String gid = runnableGraph(token);
        Map<String, Object> inputs = Map.of("topic", "cats", "nested", Map.of("any", List.of(1, true)));
        Http.Resp r = http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of("inputs", inputs));
        JsonNode e = ok(r, 201);
        exactFields(e, EXECUTION_FIELDS);
        assertThat(r.header("Location")).endsWith("/api/v1/executions/" + e.get("id").asText());
        assertThat(e.get("graph_id").asText()).isEqualTo(gid);
        assertThat(e.get("graph_version").isInt()).isTrue();
        assertThat(e.get("graph_version").asInt()).isEqualTo(1);
        assertThat(e.get("user_id").asText()).isEqualTo(sub.toString());
        assertThat(e.get("status").asText()).isEqualTo("queued");
        assertThat(e.get("inputs").get("nested").get("any").get(1).asBoolean()).isTrue();
        assertThat(e.get("outputs").isObject() || e.get("outputs").isNull()).isTrue();
        assertThat(e.get("error_message").isNull()).isTrue();
        timestamp(e.get("created_at"));
        assertThat(e.get("started_at").isNull()).isTrue();
        assertThat(e.get("ended_at").isNull()).isTrue();
        assertThat(e.get("duration_seconds").isNull()).isTrue();
        JsonNode read = ok(http.call(Method.GET, "/api/v1/executions/" + e.get("id").asText(), token, null), 200);
        List<String> withNodes = new ArrayList<>(List.of(EXECUTION_FIELDS));
        withNodes.add("node_executions");
        withNodes.add("node_executions_next_cursor");
        exactFields(read, withNodes.toArray(String[]::new));
        assertThat(read.get("node_executions").isArray()).isTrue();
        assertThat(read.get("node_executions")).isEmpty();
        assertThat(ok(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of()), 201)
                .get("inputs").isObject()).isTrue();
    }

    @Test
    void start_versionIsOptional_anyOwnVersionRuns_andAMissingVersionIs404() {
        String token = ConformanceFixtures.user();
        String gid = runnableGraph(token);
        ok(http.call(Method.PUT, "/api/v1/graphs/" + gid, token, runnable("v2")), 200);
        assertThat(start(token, gid, Map.of("inputs", Map.of())).get("graph_version").asInt()).isEqualTo(2);
        assertThat(start(token, gid, Map.of("version", 1, "inputs", Map.of())).get("graph_version").asInt()).isEqualTo(1);
        ok(http.call(Method.PUT, "/api/v1/graphs/" + gid + "/active-version", token, Map.of("version", 1)), 200);
        assertThat(start(token, gid, Map.of("inputs", Map.of())).get("graph_version").asInt()).isEqualTo(1);
        for (int v : List.of(3, 0, -1)) {
            problem(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token,
                    Map.of("version", v, "inputs", Map.of())), 404);
        }
        problem(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token,
                Map.of("version", "1", "inputs", Map.of())), 400);
        problem(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of("inputs", List.of())), 400);
        problem(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token,
                Map.of("inputs", Map.of(), "graph_version", 1)), 400);
        problem(http.call(Method.POST, "/api/v1/graphs/" + UUID.randomUUID() + "/executions", token,
                Map.of("inputs", Map.of())), 404);
        problem(http.call(Method.POST, "/api/v1/graphs/not-a-uuid/executions", token, Map.of("inputs", Map.of())), 404);
    }

    @Test
    void start_runChecksListEveryMissingInputWithItsPath() {
        String token = ConformanceFixtures.user();
        Map<String, Object> body = graph("needs inputs", List.of(
                node("in", BuiltInBlocks.AGENT_INPUT, "input", Map.of()),
                node("tpl", BuiltInBlocks.TEXT_TEMPLATE, "standard", Map.of()),
                node("add", BuiltInBlocks.ADD_NUMBERS, "standard", Map.of("a", 1)),
                node("fed", BuiltInBlocks.TEXT_TEMPLATE, "standard", Map.of())),
                List.of(link("in", "fed", "result", "template")));
        String gid = createGraph(http, token, body).get("id").asText();
        JsonNode p = problem(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token,
                Map.of("inputs", Map.of("tpl", "not an input node"))), 422);
        assertThat(paths(p)).containsExactlyInAnyOrder("nodes[0].input_default.value", "nodes[1].input_default.template",
                "nodes[2].input_default.b");
        JsonNode fed = problem(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token,
                Map.of("inputs", Map.of("in", "hello"))), 422);
        assertThat(paths(fed)).containsExactlyInAnyOrder("nodes[1].input_default.template", "nodes[2].input_default.b");
        assertThat(ok(http.call(Method.GET, "/api/v1/executions?graph_id=" + gid, token, null), 200).get("items")).isEmpty();

        String ok = createGraph(http, token, inputToTemplate("input feeds")).get("id").asText();
        problem(http.call(Method.POST, "/api/v1/graphs/" + ok + "/executions", token, Map.of("inputs", Map.of())), 422);
        assertThat(start(token, ok, Map.of("inputs", Map.of("in", Map.of("any", "value")))).get("status").asText())
                .isEqualTo("queued");
    }

    @Test
    void lifecycle_timestampsDurationAndTheTransitionTable() throws InterruptedException {
        String token = ConformanceFixtures.user();
        String gid = runnableGraph(token);
        String id = start(token, gid, Map.of("inputs", Map.of())).get("id").asText();
        JsonNode conflict = problem(status(token, id, Map.of("status", "completed")), 409);
        assertThat(conflict.get("detail").asText()).contains("queued");
        problem(status(token, id, Map.of("status", "queued")), 409);
        JsonNode running = ok(status(token, id, Map.of("status", "running")), 200);
        exactFields(running, EXECUTION_FIELDS);
        timestamp(running.get("started_at"));
        assertThat(running.get("ended_at").isNull()).isTrue();
        assertThat(running.get("duration_seconds").isNumber()).isTrue();
        problem(status(token, id, Map.of("status", "running")), 409);
        problem(status(token, id, Map.of("status", "queued")), 409);
        double d1 = ok(http.call(Method.GET, "/api/v1/executions/" + id, token, null), 200).get("duration_seconds").asDouble();
        Thread.sleep(30);
        double d2 = ok(http.call(Method.GET, "/api/v1/executions/" + id, token, null), 200).get("duration_seconds").asDouble();
        assertThat(d2).isGreaterThan(d1);
        JsonNode done = ok(status(token, id, Map.of("status", "completed", "outputs", Map.of("sum", 3, "any", List.of()))), 200);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outputs").get("sum").asInt()).isEqualTo(3);
        timestamp(done.get("ended_at"));
        double fixed = done.get("duration_seconds").asDouble();
        double expected = (Instant.parse(done.get("ended_at").asText()).toEpochMilli()
                - Instant.parse(done.get("started_at").asText()).toEpochMilli()) / 1000.0;
        assertThat(fixed).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.002));
        Thread.sleep(20);
        assertThat(ok(http.call(Method.GET, "/api/v1/executions/" + id, token, null), 200).get("duration_seconds").asDouble())
                .isEqualTo(fixed);
        for (String to : List.of("queued", "running", "completed", "failed", "cancelled", "timeout")) {
            JsonNode p = problem(status(token, id, Map.of("status", to)), 409);
            assertThat(p.get("detail").asText()).contains("completed");
        }
        problem(http.call(Method.POST, "/api/v1/executions/" + id + "/cancel", token, null), 409);

        for (String end : List.of("failed", "cancelled", "timeout")) {
            String q = start(token, gid, Map.of("inputs", Map.of())).get("id").asText();
            JsonNode ended = ok(status(token, q, Map.of("status", end, "error_message", "why")), 200);
            assertThat(ended.get("status").asText()).isEqualTo(end);
            assertThat(ended.get("started_at").isNull()).isTrue();
            assertThat(ended.get("duration_seconds").isNull()).isTrue();
            timestamp(ended.get("ended_at"));
            assertThat(ended.get("error_message").asText()).isEqualTo("why");
        }
        String c = start(token, gid, Map.of("inputs", Map.of())).get("id").asText();
        ok(status(token, c, Map.of("status", "running")), 200);
        JsonNode cancelled = ok(http.call(Method.POST, "/api/v1/executions/" + c + "/cancel", token, null), 200);
        exactFields(cancelled, EXECUTION_FIELDS);
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        assertThat(problem(http.call(Method.POST, "/api/v1/executions/" + c + "/cancel", token, null), 409)
                .get("detail").asText()).contains("cancelled");
    }

    @Test
    void statusBodies_areCheckedBeforeTheState() {
        String token = ConformanceFixtures.user();
        String gid = runnableGraph(token);
        String id = start(token, gid, Map.of("inputs", Map.of())).get("id").asText();
        ok(status(token, id, Map.of("status", "cancelled")), 200);
        problem(status(token, id, Map.of("status", "RUNNING")), 400);
        problem(status(token, id, Map.of("status", "done")), 400);
        problem(status(token, id, Map.of()), 400);
        problem(status(token, id, Map.of("status", "running", "outputs", "x")), 400);
        problem(status(token, id, Map.of("status", "running", "error_message", 5)), 400);
        problem(status(token, id, Map.of("status", "running", "cost", 5)), 400);
        problem(status(token, UUID.randomUUID().toString(), Map.of("status", "running")), 404);
    }

    @Test
    void nodeExecutions_fieldsTransitionsCascadeAndFreeze() {
        String token = ConformanceFixtures.user();
        String gid = runnableGraph(token);
        String id = start(token, gid, Map.of("inputs", Map.of())).get("id").asText();
        Http.Resp created = addNode(token, id, Map.of("node_id", "add", "inputs", Map.of("a", 1, "free", Map.of("k", 1))));
        JsonNode n = ok(created, 201);
        exactFields(n, NODE_FIELDS);
        assertThat(n.get("graph_execution_id").asText()).isEqualTo(id);
        assertThat(n.get("node_id").asText()).isEqualTo("add");
        assertThat(n.get("status").asText()).isEqualTo("queued");
        assertThat(n.get("inputs").get("free").get("k").asInt()).isEqualTo(1);
        assertThat(n.get("error_message").isNull()).isTrue();
        assertThat(n.get("execution_cost").isIntegralNumber() || n.get("execution_cost").isNull()).isTrue();
        assertThat(n.get("started_at").isNull()).isTrue();
        assertThat(n.get("ended_at").isNull()).isTrue();
        assertThat(n.get("duration_seconds").isNull()).isTrue();
        String nid = n.get("id").asText();

        problem(nodeStatus(token, id, nid, Map.of("status", "completed")), 409);
        JsonNode running = ok(nodeStatus(token, id, nid, Map.of("status", "running")), 200);
        exactFields(running, NODE_FIELDS);
        timestamp(running.get("started_at"));
        assertThat(running.get("duration_seconds").isNumber()).isTrue();
        ok(status(token, id, Map.of("status", "running")), 200);
        JsonNode blocked = problem(status(token, id, Map.of("status", "completed")), 409);
        assertThat(blocked.get("detail").asText()).contains("current status is running");
        problem(nodeStatus(token, id, nid, Map.of("status", "failed", "execution_cost", 1)), 422);
        problem(nodeStatus(token, id, nid, Map.of("status", "completed", "execution_cost", -1)), 422);
        problem(nodeStatus(token, id, nid, Map.of("status", "completed", "execution_cost", 1.5)), 400);
        problem(nodeStatus(token, id, nid, Map.of("status", "completed", "execution_cost", "3")), 400);
        JsonNode done = ok(nodeStatus(token, id, nid, Map.of("status", "completed", "outputs", Map.of("sum", 3),
                "execution_cost", 0)), 200);
        assertThat(done.get("outputs").get("sum").asInt()).isEqualTo(3);
        assertThat(done.get("execution_cost").asLong()).isZero();
        timestamp(done.get("ended_at"));
        problem(nodeStatus(token, id, nid, Map.of("status", "running")), 409);
        ok(status(token, id, Map.of("status", "completed")), 200);

        String id2 = start(token, gid, Map.of("inputs", Map.of())).get("id").asText();
        ok(status(token, id2, Map.of("status", "running")), 200);
        String queued = ok(addNode(token, id2, Map.of("node_id", "add", "inputs", Map.of())), 201).get("id").asText();
        problem(status(token, id2, Map.of("status", "completed")), 409);
        String run = ok(addNode(token, id2, Map.of("node_id", "out", "inputs", Map.of())), 201).get("id").asText();
        ok(nodeStatus(token, id2, run, Map.of("status", "running")), 200);
        String fin = ok(addNode(token, id2, Map.of("node_id", "out", "inputs", Map.of())), 201).get("id").asText();
        ok(nodeStatus(token, id2, fin, Map.of("status", "running")), 200);
        ok(http.call(Method.POST, "/api/v1/credits/top-up", token, Map.of("amount", 5, "idempotency_key", id2)), 201);
        ok(nodeStatus(token, id2, fin, Map.of("status", "completed", "execution_cost", 5)), 200);
        ok(status(token, id2, Map.of("status", "timeout")), 200);
        JsonNode details = ok(http.call(Method.GET, "/api/v1/executions/" + id2, token, null), 200);
        Map<String, JsonNode> byId = new HashMap<>();
        details.get("node_executions").forEach(x -> {
            exactFields(x, NODE_FIELDS);
            byId.put(x.get("id").asText(), x);
        });
        assertThat(byId.get(queued).get("status").asText()).isEqualTo("timeout");
        assertThat(byId.get(run).get("status").asText()).isEqualTo("timeout");
        timestamp(byId.get(run).get("ended_at"));
        assertThat(byId.get(fin).get("status").asText()).isEqualTo("completed");
        assertThat(byId.get(fin).get("execution_cost").asLong()).isEqualTo(5);

        problem(nodeStatus(token, id2, fin, Map.of("status", "failed")), 409);
        problem(nodeStatus(token, id2, queued, Map.of("status", "running")), 409);
        problem(addNode(token, id2, Map.of("node_id", "add", "inputs", Map.of())), 409);
        assertThat(paths(problem(addNode(token, id2, Map.of("node_id", "ghost", "inputs", Map.of())), 422)))
                .containsExactly("node_id");
        problem(nodeStatus(token, id2, fin, Map.of("status", "failed", "execution_cost", 1)), 422);
        problem(addNode(token, id2, Map.of("inputs", Map.of())), 400);
        problem(addNode(token, id2, Map.of("node_id", 5, "inputs", Map.of())), 400);
        problem(addNode(token, id2, Map.of("node_id", "add", "inputs", "x")), 400);
        problem(addNode(token, id2, Map.of("node_id", "add", "inputs", Map.of(), "status", "running")), 400);
        problem(nodeStatus(token, id2, fin, Map.of("status", "finished")), 400);
        problem(nodeStatus(token, id2, UUID.randomUUID().toString(), Map.of("status", "running")), 404);
        problem(nodeStatus(token, id, fin, Map.of("status", "running")), 404);
        problem(nodeStatus(token, id2, "nope", Map.of("status", "running")), 404);
    }

    @Test
    void nodeIds_areCheckedAgainstTheExecutionsOwnGraphVersion() {
        String token = ConformanceFixtures.user();
        String gid = runnableGraph(token);
        String v1Run = start(token, gid, Map.of("inputs", Map.of())).get("id").asText();
        ok(http.call(Method.PUT, "/api/v1/graphs/" + gid, token, graph("v2", List.of(
                node("other", BuiltInBlocks.ADD_NUMBERS, "standard", Map.of("a", 1, "b", 2))), List.of())), 200);
        String v2Run = start(token, gid, Map.of("inputs", Map.of())).get("id").asText();
        ok(addNode(token, v1Run, Map.of("node_id", "add", "inputs", Map.of())), 201);
        problem(addNode(token, v1Run, Map.of("node_id", "other", "inputs", Map.of())), 422);
        ok(addNode(token, v2Run, Map.of("node_id", "other", "inputs", Map.of())), 201);
        problem(addNode(token, v2Run, Map.of("node_id", "add", "inputs", Map.of())), 422);
    }

    @Test
    void cascade_onlyOnFailedCancelledOrTimeout_andCompletedNeedsNoActiveNodes() {
        String token = ConformanceFixtures.user();
        String gid = runnableGraph(token);
        for (String end : List.of("failed", "cancelled")) {
            String id = start(token, gid, Map.of("inputs", Map.of())).get("id").asText();
            String q = ok(addNode(token, id, Map.of("node_id", "add", "inputs", Map.of())), 201).get("id").asText();
            ok(status(token, id, Map.of("status", end)), 200);
            JsonNode d = ok(http.call(Method.GET, "/api/v1/executions/" + id, token, null), 200);
            assertThat(d.get("node_executions").get(0).get("id").asText()).isEqualTo(q);
            assertThat(d.get("node_executions").get(0).get("status").asText()).isEqualTo(end);
        }
        String id = start(token, gid, Map.of("inputs", Map.of())).get("id").asText();
        ok(status(token, id, Map.of("status", "running")), 200);
        String n = ok(addNode(token, id, Map.of("node_id", "add", "inputs", Map.of())), 201).get("id").asText();
        ok(nodeStatus(token, id, n, Map.of("status", "running")), 200);
        ok(nodeStatus(token, id, n, Map.of("status", "failed", "error_message", "node broke")), 200);
        JsonNode completed = ok(status(token, id, Map.of("status", "completed")), 200);
        assertThat(completed.get("status").asText()).isEqualTo("completed");
        JsonNode d = ok(http.call(Method.GET, "/api/v1/executions/" + id, token, null), 200);
        assertThat(d.get("node_executions").get(0).get("status").asText()).isEqualTo("failed");
        assertThat(d.get("node_executions").get(0).get("error_message").asText()).isEqualTo("node broke");
    }

    @Test
    void otherUsersExecutions_are404Everywhere() {
        String owner = ConformanceFixtures.user();
        String gid = runnableGraph(owner);
        String id = start(owner, gid, Map.of("inputs", Map.of())).get("id").asText();
        String nid = ok(addNode(owner, id, Map.of("node_id", "add", "inputs", Map.of())), 201).get("id").asText();
        String stranger = ConformanceFixtures.user();
        problem(http.call(Method.GET, "/api/v1/executions/" + id, stranger, null), 404);
        problem(status(stranger, id, Map.of("status", "running")), 404);
        problem(http.call(Method.POST, "/api/v1/executions/" + id + "/cancel", stranger, null), 404);
        problem(addNode(stranger, id, Map.of("node_id", "add", "inputs", Map.of())), 404);
        problem(nodeStatus(stranger, id, nid, Map.of("status", "running")), 404);
        assertThat(ok(http.call(Method.GET, "/api/v1/executions", stranger, null), 200).get("items")).isEmpty();
        assertThat(ok(http.call(Method.GET, "/api/v1/executions?graph_id=" + gid, stranger, null), 200).get("items")).isEmpty();
        problem(http.call(Method.GET, "/api/v1/executions/not-a-uuid", owner, null), 404);
        assertThat(ok(http.call(Method.GET, "/api/v1/executions/" + id, owner, null), 200).get("status").asText())
                .isEqualTo("queued");
    }

    @Test
    void list_filtersKeysetPagesTotalsAndForeignCursors() {
        String token = ConformanceFixtures.user();
        String g1 = runnableGraph(token);
        String g2 = runnableGraph(token);
        List<String> all = new ArrayList<>();
        List<String> runningG1 = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String gid = i % 2 == 0 ? g1 : g2;
            String id = start(token, gid, Map.of("inputs", Map.of("i", i))).get("id").asText();
            all.add(id);
            if (i % 3 == 0) {
                ok(status(token, id, Map.of("status", "running")), 200);
                if (gid.equals(g1)) {
                    runningG1.add(id);
                }
            }
        }
        JsonNode page = ok(http.call(Method.GET, "/api/v1/executions?limit=5", token, null), 200);
        exactFields(page, "items", "next_cursor");
        exactFields(page.get("items").get(0), EXECUTION_FIELDS);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode p = ok(http.call(Method.GET, "/api/v1/executions?limit=5" + (cursor == null ? "" : "&cursor=" + cursor),
                    token, null), 200);
            p.get("items").forEach(x -> seen.add(x.get("id").asText()));
            cursor = p.get("next_cursor").isNull() ? null : p.get("next_cursor").asText();
        } while (cursor != null && seen.size() < 100);
        assertThat(seen).containsExactlyElementsOf(all.reversed());

        List<String> filtered = new ArrayList<>();
        cursor = null;
        do {
            JsonNode p = ok(http.call(Method.GET, "/api/v1/executions?limit=1&include_total=true&status=running&graph_id=" + g1
                    + (cursor == null ? "" : "&cursor=" + cursor), token, null), 200);
            assertThat(p.get("total").asLong()).isEqualTo(runningG1.size());
            p.get("items").forEach(x -> filtered.add(x.get("id").asText()));
            cursor = p.get("next_cursor").isNull() ? null : p.get("next_cursor").asText();
        } while (cursor != null && filtered.size() < 100);
        assertThat(filtered).containsExactlyElementsOf(runningG1.reversed());
        assertThat(ok(http.call(Method.GET, "/api/v1/executions?status=queued&include_total=true", token, null), 200)
                .get("total").asLong()).isEqualTo(8);
        assertThat(ok(http.call(Method.GET, "/api/v1/executions?graph_id=" + g2 + "&include_total=true", token, null), 200)
                .get("total").asLong()).isEqualTo(6);
        assertThat(ok(http.call(Method.GET, "/api/v1/executions?graph_id=" + UUID.randomUUID(), token, null), 200)
                .get("items")).isEmpty();
        assertThat(ok(http.call(Method.GET, "/api/v1/executions?status=completed", token, null), 200).get("items")).isEmpty();

        String graphsCursor = ok(http.call(Method.GET, "/api/v1/graphs?limit=1", token, null), 200).get("next_cursor").asText();
        problem(http.call(Method.GET, "/api/v1/executions?cursor=" + graphsCursor, token, null), 400);
        String execCursor = page.get("next_cursor").asText();
        problem(http.call(Method.GET, "/api/v1/graphs?cursor=" + execCursor, token, null), 400);
        for (String q : List.of("status=Running", "status=", "graph_id=x", "limit=-5", "cursor=%%%", "include_total=TRUE")) {
            problem(http.call(Method.GET, "/api/v1/executions?" + q.replace("%%%", "%25%25"), token, null), 400);
        }
    }

    @Test
    void unknownFieldsInsideDataMapsAreKept_everywhereElseRejected() {
        String token = ConformanceFixtures.user();
        String gid = runnableGraph(token);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("status", "not a field");
        inputs.put("deep", Map.of("unknown", Map.of("x", List.of(Map.of("y", 1)))));
        JsonNode e = start(token, gid, Map.of("inputs", inputs));
        assertThat(e.get("inputs").get("deep").get("unknown").get("x").get(0).get("y").asInt()).isEqualTo(1);
        String id = e.get("id").asText();
        ok(status(token, id, Map.of("status", "running", "outputs", Map.of("whatever", Map.of("k", "v")))), 200);
        problem(status(token, id, Map.of("status", "failed", "outputs", Map.of(), "extra", Map.of())), 400);
    }
}
