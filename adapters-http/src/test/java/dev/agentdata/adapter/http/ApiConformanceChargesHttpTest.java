package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.paths;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.Test;

/** API.md's node-execution charge and auto top-up: 402 changes nothing, one top-up per graph execution. */
@ServerTest
class ApiConformanceChargesHttpTest {
    private static final HttpApi API = HttpApiTestServer.api(ServiceWiring.on(java.time.Clock.systemUTC(), TestStorage.memory()));
    private final Http http;

    ApiConformanceChargesHttpTest(Http1Client client) {
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

    private String userWith(long credits) {
        String u = ConformanceFixtures.user();
        if (credits > 0) {
            ok(http.call(Method.POST, "/api/v1/credits/top-up", u, Map.of("amount", credits, "idempotency_key", "seed")), 201);
        }
        return u;
    }

    private String run(String u) {
        String graph = ConformanceFixtures.createGraph(http, u, ConformanceFixtures.runnable("charged")).get("id").asText();
        String run = ok(http.call(Method.POST, "/api/v1/graphs/" + graph + "/executions", u, Map.of("inputs", Map.of())),
                201).get("id").asText();
        ok(http.call(Method.POST, "/api/v1/executions/" + run + "/status", u, Map.of("status", "running")), 200);
        return run;
    }

    private String runningNode(String u, String run) {
        String node = ok(http.call(Method.POST, "/api/v1/executions/" + run + "/node-executions", u,
                Map.of("node_id", "add", "inputs", Map.of())), 201).get("id").asText();
        ok(nodeStatus(u, run, node, Map.of("status", "running")), 200);
        return node;
    }

    private Http.Resp nodeStatus(String u, String run, String node, Map<String, Object> body) {
        return http.call(Method.POST, "/api/v1/executions/" + run + "/node-executions/" + node + "/status", u, body);
    }

    private Http.Resp complete(String u, String run, String node, long cost) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("status", "completed");
        b.put("outputs", Map.of("sum", 3));
        b.put("execution_cost", cost);
        return nodeStatus(u, run, node, b);
    }

    private static JsonNode withoutDurations(JsonNode execution) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) execution).remove("duration_seconds");
        execution.get("node_executions").forEach(n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n)
                .remove("duration_seconds"));
        return execution;
    }

    private long balance(String u) {
        return ok(http.call(Method.GET, "/api/v1/credits", u, null), 200).get("balance").asLong();
    }

    private JsonNode ledger(String u) {
        return ok(http.call(Method.GET, "/api/v1/credits/transactions?limit=100", u, null), 200).get("items");
    }

    private List<String> types(String u) {
        return ledger(u).findValuesAsText("type");
    }

    @Test
    void completedWithCostAboveBalance_is402_andTheNodeTheRunAndTheLedgerStayAsTheyWere() {
        String u = userWith(5);
        String run = run(u);
        String node = runningNode(u, run);
        JsonNode before = withoutDurations(ok(http.call(Method.GET, "/api/v1/executions/" + run, u, null), 200));
        problem(complete(u, run, node, 6), 402);
        assertThat(withoutDurations(ok(http.call(Method.GET, "/api/v1/executions/" + run, u, null), 200)))
                .isEqualTo(before);
        assertThat(balance(u)).isEqualTo(5);
        assertThat(types(u)).containsExactly("top_up");
        JsonNode paid = ok(complete(u, run, node, 5), 200);
        assertThat(paid.get("status").asText()).isEqualTo("completed");
        assertThat(paid.get("execution_cost").asLong()).isEqualTo(5);
        assertThat(balance(u)).isZero();
        JsonNode usage = ledger(u).get(0);
        assertThat(usage.get("type").asText()).isEqualTo("usage");
        assertThat(usage.get("amount").asLong()).isEqualTo(-5);
        assertThat(usage.get("running_balance").asLong()).isZero();
    }

    @Test
    void completedWithoutCostOrCostZero_chargesNothing() {
        String u = userWith(0);
        String run = run(u);
        ok(complete(u, run, runningNode(u, run), 0), 200);
        ok(nodeStatus(u, run, runningNode(u, run), Map.of("status", "completed")), 200);
        assertThat(balance(u)).isZero();
        assertThat(ledger(u)).isEmpty();
    }

    @Test
    void costRulesAre422_beforeTheBalanceIsConsulted() {
        String u = userWith(0);
        String run = run(u);
        String node = runningNode(u, run);
        assertThat(paths(problem(complete(u, run, node, -1), 422))).containsExactly("execution_cost");
        problem(nodeStatus(u, run, node, Map.of("status", "failed", "execution_cost", 3)), 422);
        problem(nodeStatus(u, run, node, Map.of("status", "completed", "execution_cost", "3")), 400);
        problem(nodeStatus(u, run, node, Map.of("status", "completed", "execution_cost", 1.5)), 400);
        assertThat(balance(u)).isZero();
    }

    @Test
    void autoTopUp_firesWhenAChargeLeavesTheBalanceBelowTheThreshold_oncePerGraphExecution() {
        String u = userWith(12);
        ok(http.call(Method.PUT, "/api/v1/credits/auto-top-up", u, Map.of("enabled", true, "threshold", 10, "amount", 50)),
                200);
        String run = run(u);
        ok(complete(u, run, runningNode(u, run), 2), 200);
        assertThat(balance(u)).as("10 is not below a threshold of 10").isEqualTo(10);
        ok(complete(u, run, runningNode(u, run), 3), 200);
        assertThat(balance(u)).isEqualTo(57);
        JsonNode topUp = ledger(u).get(0);
        assertThat(topUp.get("type").asText()).isEqualTo("top_up");
        assertThat(topUp.get("amount").asLong()).isEqualTo(50);
        assertThat(topUp.get("running_balance").asLong()).isEqualTo(57);
        ok(complete(u, run, runningNode(u, run), 50), 200);
        assertThat(balance(u)).as("no second top-up in the same graph execution").isEqualTo(7);
        String next = run(u);
        ok(complete(u, next, runningNode(u, next), 1), 200);
        assertThat(balance(u)).isEqualTo(56);
        assertThat(types(u)).containsExactly("top_up", "usage", "usage", "top_up", "usage", "usage", "top_up");
    }

    @Test
    void autoTopUp_disabled_recordsNothing() {
        String u = userWith(12);
        ok(http.call(Method.PUT, "/api/v1/credits/auto-top-up", u, Map.of("enabled", false, "threshold", 10, "amount", 50)),
                200);
        String run = run(u);
        ok(complete(u, run, runningNode(u, run), 5), 200);
        assertThat(balance(u)).isEqualTo(7);
        assertThat(types(u)).containsExactly("usage", "top_up");
    }
}
