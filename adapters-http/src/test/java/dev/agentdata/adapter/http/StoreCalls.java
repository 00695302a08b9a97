package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;

import dev.agentdata.domain.graph.BuiltInBlocks;

/** The calls the Store HTTP tests share: /api/v1 requests, status checks, a two-node graph, a submission body. */
final class StoreCalls {
    private final Http http;

    StoreCalls(Http1Client client) {
        this.http = new Http(client);
    }

    static Map<String, Object> adminClaims(UUID sub) {
        Map<String, Object> c = Tokens.claims(sub, "admin-" + sub.toString().substring(0, 8) + "@example.org", 3600);
        c.put("role", "admin");
        return c;
    }

    Http.Resp call(Method m, String path, String token, Object body) {
        return http.call(m, "/api/v1" + path, token, body);
    }

    static JsonNode ok(Http.Resp r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        return r.json();
    }

    static JsonNode problem(Http.Resp r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        return r.json();
    }

    String graph(String token) {
        Map<String, Object> body = Map.of("name", "g", "description", "d", "is_template", false,
                "nodes", List.of(
                        Map.of("id", "in", "block_id", BuiltInBlocks.AGENT_INPUT, "label", "In", "input_default", Map.of(),
                                "metadata", Map.of(), "node_type", "input"),
                        Map.of("id", "out", "block_id", BuiltInBlocks.AGENT_OUTPUT, "label", "Out",
                                "input_default", Map.of(), "metadata", Map.of(), "node_type", "output")),
                "links", List.of(Map.of("source_id", "in", "sink_id", "out", "source_name", "result",
                        "sink_name", "value", "is_static", false)));
        return ok(call(Method.POST, "/graphs", token, body), 201).get("id").asText();
    }

    static Map<String, Object> submission(String graphId, String slug) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("graph_id", graphId);
        s.put("graph_version", 1);
        s.put("slug", slug);
        s.put("name", "Zebra summariser");
        s.put("sub_heading", "Summaries of zebra facts");
        s.put("description", "Reads about quaggas and writes short summaries.");
        s.put("categories", List.of("writing"));
        return s;
    }
}
