package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.http.apikey.ApiKeyResponse;
import dev.agentdata.adapter.http.execution.ExecutionDetailsResponse;
import dev.agentdata.adapter.http.json.JsonMapperPolicy;
import dev.agentdata.application.port.in.apikey.CreatedApiKey;
import dev.agentdata.application.port.in.execution.ExecutionDetails;
import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.apikey.ApiKeyPermission;
import dev.agentdata.domain.apikey.ApiKeySecret;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/** Responses that reuse another aggregate's mapping keep the wire fields, in the order clients have seen. */
class ResponseFieldOrderTest {
    private static final ObjectMapper MAPPER = JsonMapperPolicy.newMapper();

    @Test
    void executionDetails_areTheGraphExecutionFields_thenItsNodeExecutions() {
        GraphExecution e = GraphExecution.queued(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(),
                Map.of("x", 1), FakeUseCases.NOW);
        NodeExecution n = NodeExecution.queued(UUID.randomUUID(), e.id(), "n0", Map.of(), FakeUseCases.NOW);

        JsonNode json = MAPPER.valueToTree(ExecutionDetailsResponse.from(new ExecutionDetails(e, List.of(n)), FakeUseCases.NOW,
                c -> "cursor"));

        assertThat(fields(json)).containsExactly("id", "graph_id", "graph_version", "user_id", "status", "inputs",
                "outputs", "error_message", "created_at", "started_at", "ended_at", "duration_seconds", "stats",
                "node_executions", "node_executions_next_cursor");
        assertThat(json.get("node_executions").get(0).get("node_id").asText()).isEqualTo("n0");
    }

    @Test
    void apiKey_carriesItsKeyThirdWhenJustMade_andNeverInAList() {
        ApiKeySecret secret = ApiKeySecret.fromRandomBytes(new byte[ApiKeySecret.RANDOM_BYTES]);
        ApiKey key = ApiKey.issue(UUID.randomUUID(), UUID.randomUUID(), "k", secret,
                Set.of(ApiKeyPermission.READ_GRAPH), FakeUseCases.NOW);

        JsonNode created = MAPPER.valueToTree(ApiKeyResponse.created(new CreatedApiKey(key, secret)));
        JsonNode listed = MAPPER.valueToTree(ApiKeyResponse.from(key));

        assertThat(fields(created)).containsExactly("id", "name", "key", "head", "tail", "permissions", "status",
                "created_at", "last_used_at");
        assertThat(created.get("key").asText()).isEqualTo(secret.value());
        assertThat(fields(listed)).containsExactly("id", "name", "head", "tail", "permissions", "status",
                "created_at", "last_used_at");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
