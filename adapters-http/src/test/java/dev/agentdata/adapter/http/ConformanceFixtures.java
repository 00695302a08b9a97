package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;

import dev.agentdata.domain.graph.BuiltInBlocks;

/** Shared checks and request bodies of the API.md conformance tests (real services, memory or Postgres storage). */
final class ConformanceFixtures {
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

    private ConformanceFixtures() {
    }

    static String user() {
        return Tokens.valid(UUID.randomUUID());
    }

    static JsonNode ok(Http.Resp r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        return r.json();
    }

    static JsonNode problem(Http.Resp r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("type").isTextual()).isTrue();
        assertThat(r.json().get("title").isTextual()).isTrue();
        assertThat(r.raw()).doesNotContain("Exception", "java.", "at dev.");
        return r.json();
    }

    static List<String> paths(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("path").asText()));
        return out;
    }

    /** The object has exactly these field names, no more and no fewer. */
    static void exactFields(JsonNode object, String... names) {
        List<String> actual = new ArrayList<>();
        object.fieldNames().forEachRemaining(actual::add);
        assertThat(actual).as(object.toString()).containsExactlyInAnyOrder(names);
    }

    static void timestamp(JsonNode value) {
        assertThat(value.isTextual()).as(String.valueOf(value)).isTrue();
        assertThat(value.asText()).matches(TIMESTAMP);
    }

    static Map<String, Object> node(String id, String blockId, String nodeType, Map<String, Object> defaults) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", id);
        n.put("block_id", blockId);
        n.put("label", "node " + id);
        n.put("input_default", defaults);
        n.put("metadata", Map.of("position", Map.of("x", 0, "y", 0)));
        n.put("node_type", nodeType);
        return n;
    }

    static Map<String, Object> link(String source, String sink, String sourceName, String sinkName) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("source_id", source);
        l.put("sink_id", sink);
        l.put("source_name", sourceName);
        l.put("sink_name", sinkName);
        l.put("is_static", false);
        return l;
    }

    static Map<String, Object> graph(String name, List<Map<String, Object>> nodes, List<Map<String, Object>> links) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", name);
        g.put("description", null);
        g.put("is_template", false);
        g.put("nodes", nodes);
        g.put("links", links);
        return g;
    }

    /** input node "in" (its required value comes from the execution's inputs) feeding a text template "tpl". */
    static Map<String, Object> inputToTemplate(String name) {
        return graph(name, List.of(node("in", BuiltInBlocks.AGENT_INPUT, "input", Map.of()),
                        node("tpl", BuiltInBlocks.TEXT_TEMPLATE, "standard", Map.of())),
                List.of(link("in", "tpl", "result", "template")));
    }

    /** One adder whose inputs are all defaults: always runnable. */
    static Map<String, Object> runnable(String name) {
        return graph(name, List.of(node("add", BuiltInBlocks.ADD_NUMBERS, "standard", Map.of("a", 1, "b", 2)),
                node("out", BuiltInBlocks.AGENT_OUTPUT, "output", Map.of())),
                List.of(link("add", "out", "sum", "value")));
    }

    static JsonNode createGraph(Http http, String token, Map<String, Object> body) {
        return ok(http.call(Method.POST, "/api/v1/graphs", token, body), 201);
    }
}
