package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.agentdata.domain.graph.BuiltInBlocks;

/** A completed node's cost reaches the credits through HTTP: 402 changes nothing, auto top-up fires once per run. */
@StorageServer(value = StorageServer.Settings.TEST_SERVER, fixedClock = true)
class NodeChargingHttpTest {
    private final Http http;

    NodeChargingHttpTest(Http1Client client) {
        this.http = new Http(client);
    }

    private String startedRun(String token) {
        Map<String, Object> graph = Map.of("name", "g", "description", "d", "is_template", false,
                "nodes", List.of(
                        Map.of("id", "in", "block_id", BuiltInBlocks.AGENT_INPUT, "label", "In", "input_default", Map.of(),
                                "metadata", Map.of(), "node_type", "input"),
                        Map.of("id", "out", "block_id", BuiltInBlocks.AGENT_OUTPUT, "label", "Out",
                                "input_default", Map.of(), "metadata", Map.of(), "node_type", "output")),
                "links", List.of(Map.of("source_id", "in", "sink_id", "out", "source_name", "result",
                        "sink_name", "value", "is_static", false)));
        Http.Resp g = http.call(Method.POST, "/api/v1/graphs", token, graph);
        assertThat(g.status()).as(g.raw()).isEqualTo(201);
        Http.Resp e = http.call(Method.POST, "/api/v1/graphs/" + g.json().get("id").asText() + "/executions", token,
                Map.of("inputs", Map.of("in", "hello")));
        assertThat(e.status()).as(e.raw()).isEqualTo(201);
        return e.json().get("id").asText();
    }

    private String runningNode(String token, String run) {
        Http.Resp n = http.call(Method.POST, "/api/v1/executions/" + run + "/node-executions", token,
                Map.of("node_id", "in", "inputs", Map.of()));
        assertThat(n.status()).as(n.raw()).isEqualTo(201);
        String id = n.json().get("id").asText();
        assertThat(nodeStatus(token, run, id, Map.of("status", "running")).status()).isEqualTo(200);
        return id;
    }

    private Http.Resp nodeStatus(String token, String run, String node, Map<String, Object> body) {
        return http.call(Method.POST, "/api/v1/executions/" + run + "/node-executions/" + node + "/status", token, body);
    }

    private long balance(String token) {
        return http.call(Method.GET, "/api/v1/credits", token, null).json().get("balance").asLong();
    }

    @Test
    void completedWithCostAboveBalance_is402AndNothingChanges() {
        String u = Tokens.valid(UUID.randomUUID());
        http.call(Method.POST, "/api/v1/credits/top-up", u, Map.of("amount", 5, "idempotency_key", "seed"));
        String run = startedRun(u);
        String node = runningNode(u, run);
        Http.Resp refused = nodeStatus(u, run, node, Map.of("status", "completed", "execution_cost", 6));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(402);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(balance(u)).isEqualTo(5);
        JsonNode details = http.call(Method.GET, "/api/v1/executions/" + run, u, null).json();
        assertThat(details.get("node_executions")).singleElement().satisfies(n -> {
            assertThat(n.get("status").asText()).isEqualTo("running");
            assertThat(n.get("execution_cost").asLong()).isZero();
        });
        Http.Resp paid = nodeStatus(u, run, node, Map.of("status", "completed", "execution_cost", 5));
        assertThat(paid.status()).as(paid.raw()).isEqualTo(200);
        assertThat(paid.json().get("execution_cost").asLong()).isEqualTo(5);
        assertThat(balance(u)).isZero();
        JsonNode items = http.call(Method.GET, "/api/v1/credits/transactions", u, null).json().get("items");
        assertThat(items).filteredOn(i -> i.get("type").asText().equals("usage")).singleElement()
                .satisfies(i -> assertThat(i.get("amount").asLong()).isEqualTo(-5));
    }

    @Test
    void autoTopUp_afterACharge_atMostOncePerRun() {
        String u = Tokens.valid(UUID.randomUUID());
        http.call(Method.POST, "/api/v1/credits/top-up", u, Map.of("amount", 10, "idempotency_key", "seed"));
        http.call(Method.PUT, "/api/v1/credits/auto-top-up", u, Map.of("enabled", true, "threshold", 8, "amount", 50));
        String run = startedRun(u);
        nodeStatus(u, run, runningNode(u, run), Map.of("status", "completed", "execution_cost", 3));
        assertThat(balance(u)).isEqualTo(57);
        nodeStatus(u, run, runningNode(u, run), Map.of("status", "completed", "execution_cost", 50));
        assertThat(balance(u)).isEqualTo(7);
        JsonNode items = http.call(Method.GET, "/api/v1/credits/transactions", u, null).json().get("items");
        assertThat(items).extracting(i -> i.get("type").asText()).containsExactlyInAnyOrder(
                "top_up", "usage", "top_up", "usage");
    }
}
