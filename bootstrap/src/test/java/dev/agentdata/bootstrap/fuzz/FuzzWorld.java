package dev.agentdata.bootstrap.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import dev.agentdata.domain.graph.BuiltInBlocks;

/**
 * The resources the fuzzer creates through the API before and while it runs: users (an owner, another user, an
 * admin, a publisher), graphs with two versions, executions and node executions, API keys, store submissions and an
 * approved listing. Valid requests use their real ids so they reach the code behind the checks; bad-id mutations
 * use another user's.
 */
final class FuzzWorld {
    private static final Duration FIXTURE_TIMEOUT = Duration.ofSeconds(30);
    private final FuzzClient client;
    final UUID ownerId = UUID.randomUUID();
    final String owner;
    final String other;
    final String admin;
    final String publisher;
    final List<String> graphs = new ArrayList<>();
    final List<String> executions = new ArrayList<>();
    final Map<String, String> others = new LinkedHashMap<>();
    final Map<String, String> cursors = new LinkedHashMap<>();
    final String listedSlug;
    final String revokedKey;
    final String readBlockKey;
    final String allKey;
    private int fixtures;

    FuzzWorld(FuzzClient client, Credentials credentials) {
        this.client = client;
        owner = credentials.user(ownerId, false);
        other = credentials.user(UUID.randomUUID(), false);
        admin = credentials.user(UUID.randomUUID(), true);
        publisher = credentials.user(UUID.randomUUID(), false);
        call(owner, "GET", "/api/v1/me", null, 200);
        for (int i = 0; i < 3; i++) {
            graphs.add(graph(owner));
        }
        for (int i = 0; i < 3; i++) {
            executions.add(execution(owner, graphs.get(0)));
        }
        String theirGraph = graph(other);
        String theirExecution = execution(other, theirGraph);
        others.put("graphs", theirGraph);
        others.put("executions", theirExecution);
        others.put("node-executions", nodeExecution(other, theirExecution));
        others.put("api-keys", id(call(other, "POST", "/api/v1/api-keys", keyBody(List.of("read_graph")), 201)));
        others.put("submissions", submission(other, graph(other))); // an admin may approve it: not theirGraph
        others.put("user", UUID.randomUUID().toString());
        JsonNode revoked = call(owner, "POST", "/api/v1/api-keys", keyBody(List.of("read_graph")), 201);
        call(owner, "DELETE", "/api/v1/api-keys/" + id(revoked), null, 204);
        revokedKey = revoked.get("key").asText();
        readBlockKey = call(owner, "POST", "/api/v1/api-keys", keyBody(List.of("read_block")), 201).get("key").asText();
        allKey = call(owner, "POST", "/api/v1/api-keys",
                keyBody(List.of("read_graph", "execute_graph", "read_block")), 201).get("key").asText();
        String publisherGraph = graph(publisher);
        String published = submission(publisher, publisherGraph);
        call(admin, "POST", "/api/v1/admin/store/submissions/" + published + "/review", Map.of("decision", "approve"), 200);
        listedSlug = call(publisher, "GET", "/api/v1/store/submissions", null, 200).get("items").get(0).get("slug").asText();
        submission(owner, graphs.get(1));
        for (int i = 0; i < 2; i++) {
            call(owner, "POST", "/api/v1/credits/top-up",
                    Map.of("amount", 1000, "idempotency_key", UUID.randomUUID().toString()), 201);
        }
        for (String list : List.of("/api/v1/graphs", "/api/v1/executions", "/api/v1/store/submissions",
                "/api/v1/credits/transactions", "/api/v1/admin/store/submissions", "/api/v1/store/listings")) {
            String caller = list.contains("/admin/") ? admin : owner;
            JsonNode page = call(caller, "GET", list + "?limit=1", null, 200);
            if (page.get("next_cursor").isTextual()) {
                cursors.put(list, page.get("next_cursor").asText());
            }
        }
    }

    /** Requests the fixtures made (not judged by the fuzzer; each must have had its expected status). */
    int fixtureRequests() {
        return fixtures;
    }

    /** A real value for a body field or query parameter named {@code name}, or empty to generate one. */
    Optional<Object> hint(String name, Random random) {
        return Optional.ofNullable(switch (name) {
            case "#GraphRequest" -> random.nextInt(8) == 0 ? null : graphBody();
            case "graph_id" -> pick(graphs, random);
            case "graph_version" -> 1;
            case "version" -> 1 + random.nextInt(2);
            case "node_id" -> random.nextBoolean() ? "add" : "out";
            case "slug" -> slug();
            case "idempotency_key" -> UUID.randomUUID().toString();
            case "timezone" -> random.nextBoolean() ? "UTC" : "Europe/Paris";
            case "locale" -> random.nextBoolean() ? "en-GB" : "fr";
            case "amount" -> 1 + random.nextInt(1000);
            case "execution_cost" -> random.nextInt(4);
            case "category", "categories[]" -> random.nextBoolean() ? "testing" : "tools";
            case "inputs", "input_default", "metadata", "outputs" -> random.nextBoolean() ? Map.of() : Map.of("a", 1);
            default -> null;
        });
    }

    /** The path of {@code op} with real ids: fresh resources where the operation changes or consumes them. */
    String path(ApiDocument.Operation op, Random random) {
        String path = op.template();
        boolean changes = !op.method().equals("GET");
        String execution = null;
        for (ApiDocument.Param p : op.params()) {
            if (!p.in().equals("path")) {
                continue;
            }
            String before = path.substring(0, path.indexOf("{" + p.name() + "}"));
            String value;
            if (p.name().equals("node_execution_id")) {
                value = nodeExecution(owner, execution);
            } else if (before.endsWith("/graphs/") && p.name().equals("id")) {
                value = changes && op.method().equals("DELETE") ? graph(owner) : pick(graphs, random);
            } else if (before.endsWith("/executions/")) {
                execution = changes && random.nextInt(3) > 0 || op.template().contains("node_execution_id")
                        ? execution(owner, pick(graphs, random)) : pick(executions, random);
                value = execution;
            } else if (p.name().equals("version")) {
                value = Integer.toString(1 + random.nextInt(2));
            } else if (p.name().equals("user_id")) {
                value = ownerId.toString();
            } else if (before.endsWith("/api-keys/")) {
                value = id(call(owner, "POST", "/api/v1/api-keys", keyBody(List.of("read_graph")), 201));
            } else if (before.endsWith("/submissions/")) {
                value = submission(owner, graph(owner)); // a graph has one listing: each submission its own
            } else if (p.name().equals("slug")) {
                value = listedSlug;
            } else {
                value = UUID.randomUUID().toString();
            }
            path = path.replace("{" + p.name() + "}", value);
        }
        return path;
    }

    /** Another user's id for the resource a path segment names, or a fresh UUID when there is none. */
    String othersId(String before) {
        for (String kind : List.of("node-executions", "graphs", "executions", "api-keys", "submissions")) {
            if (before.endsWith("/" + kind + "/")) {
                return others.get(kind);
            }
        }
        return others.get("user");
    }

    static Map<String, Object> graphBody() {
        Map<String, Object> add = new LinkedHashMap<>();
        add.put("id", "add");
        add.put("block_id", BuiltInBlocks.ADD_NUMBERS);
        add.put("label", "add");
        add.put("input_default", Map.of("a", 1, "b", 2));
        add.put("metadata", Map.of());
        add.put("node_type", "standard");
        Map<String, Object> out = new LinkedHashMap<>(add);
        out.put("id", "out");
        out.put("block_id", BuiltInBlocks.AGENT_OUTPUT);
        out.put("input_default", Map.of());
        out.put("node_type", "output");
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", "fuzz");
        g.put("description", null);
        g.put("nodes", List.of(add, out));
        g.put("links", List.of(Map.of("source_id", "add", "sink_id", "out", "source_name", "sum", "sink_name", "value")));
        return g;
    }

    private String graph(String token) {
        String id = id(call(token, "POST", "/api/v1/graphs", graphBody(), 201));
        call(token, "PUT", "/api/v1/graphs/" + id, graphBody(), 200);
        return id;
    }

    private String execution(String token, String graph) {
        // version 1 is always the runnable fixture body; the fuzzer's own PUTs add versions that may not be
        return id(call(token, "POST", "/api/v1/graphs/" + graph + "/executions",
                Map.of("version", 1, "inputs", Map.of()), 201));
    }

    private String nodeExecution(String token, String execution) {
        return id(call(token, "POST", "/api/v1/executions/" + execution + "/node-executions",
                Map.of("node_id", "add", "inputs", Map.of()), 201));
    }

    private String submission(String token, String graph) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("graph_id", graph);
        body.put("graph_version", 1);
        body.put("slug", slug());
        body.put("name", "Fuzz agent");
        body.put("sub_heading", "Made by the fuzzer");
        body.put("description", "An agent the OpenAPI fuzzer publishes.");
        body.put("categories", List.of("testing"));
        return id(call(token, "POST", "/api/v1/store/submissions", body, 201));
    }

    private static Map<String, Object> keyBody(List<String> permissions) {
        return Map.of("name", "fuzz", "permissions", permissions);
    }

    private static String slug() {
        return "fz-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String id(JsonNode node) {
        return node.get("id").asText();
    }

    private JsonNode call(String token, String method, String path, Object body, int expected) {
        fixtures++;
        FuzzClient.Response r = client.send(FuzzClient.json(method, path, Credentials.bearer(token), body),
                FIXTURE_TIMEOUT);
        if (r.status() != expected) {
            throw new IllegalStateException("fixture " + method + " " + path + ": expected " + expected + ", got "
                    + r.status() + " " + r.body() + (r.failure() == null ? "" : " " + r.failure()));
        }
        return r.json();
    }
}
