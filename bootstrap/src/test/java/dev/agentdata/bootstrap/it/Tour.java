package dev.agentdata.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.agentdata.bootstrap.TokenMinter;
import dev.agentdata.domain.graph.BuiltInBlocks;

/** The README tour's steps: an echo graph, an execution of it, its lifecycle to completed. */
final class Tour {
    static final String SECRET = "it-secret-it-secret-it-secret-0123456789";

    private Tour() {
    }

    static String token(UUID user) {
        return new TokenMinter(SECRET).mint(user, "u" + user + "@example.org", "IT", false, Instant.now(),
                Duration.ofHours(1));
    }

    /** Creates the README's "Echo" graph (input "in" to output "out"); returns its id. */
    static String createEchoGraph(Api api) {
        String body = """
                {"name": "Echo", "description": "Passes its input to its output",
                 "nodes": [
                   {"id": "in",  "block_id": "%s", "label": "Input",  "node_type": "input"},
                   {"id": "out", "block_id": "%s", "label": "Output", "node_type": "output"}],
                 "links": [{"source_id": "in", "sink_id": "out", "source_name": "result", "sink_name": "value"}]}
                """.formatted(BuiltInBlocks.AGENT_INPUT, BuiltInBlocks.AGENT_OUTPUT);
        JsonNode graph = api.post("/api/v1/graphs", body, 201);
        assertThat(graph.get("version").asInt()).isEqualTo(1);
        return graph.get("id").asText();
    }

    /** Starts a queued execution of the graph with input "hello"; returns its id. */
    static String startExecution(Api api, String graphId) {
        JsonNode execution = api.post("/api/v1/graphs/" + graphId + "/executions", "{\"inputs\": {\"in\": \"hello\"}}", 201);
        assertThat(execution.get("status").asText()).isEqualTo("queued");
        return execution.get("id").asText();
    }

    /** queued -> running -> completed with output "hello"; a terminal execution cannot move again. */
    static void runToCompletion(Api api, String executionId) {
        String path = "/api/v1/executions/" + executionId + "/status";
        assertThat(api.post(path, "{\"status\": \"running\"}", 200).get("status").asText()).isEqualTo("running");
        JsonNode done = api.post(path, "{\"status\": \"completed\", \"outputs\": {\"out\": \"hello\"}}", 200);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outputs").get("out").asText()).isEqualTo("hello");
        assertThat(done.get("ended_at").isTextual()).isTrue();
        assertThat(api.post(path, "{\"status\": \"running\"}").status()).isEqualTo(409);
    }

    /** The graph and the execution are (still) there, as the owner sees them. */
    static void assertStored(Api api, String graphId, String executionId, String status) {
        assertThat(api.get("/api/v1/graphs/" + graphId, 200).get("name").asText()).isEqualTo("Echo");
        JsonNode execution = api.get("/api/v1/executions/" + executionId, 200);
        assertThat(execution.get("status").asText()).isEqualTo(status);
        assertThat(execution.get("inputs").get("in").asText()).isEqualTo("hello");
    }
}
