package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.createGraph;
import static dev.agentdata.adapter.http.ConformanceFixtures.exactFields;
import static dev.agentdata.adapter.http.ConformanceFixtures.graph;
import static dev.agentdata.adapter.http.ConformanceFixtures.link;
import static dev.agentdata.adapter.http.ConformanceFixtures.node;
import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.paths;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
import static dev.agentdata.adapter.http.ConformanceFixtures.runnable;
import static dev.agentdata.adapter.http.ConformanceFixtures.timestamp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import org.junit.jupiter.api.Test;

import dev.agentdata.domain.graph.BuiltInBlocks;

/** API.md "Blocks" and "Graphs", sentence by sentence, on the real services, on memory storage (Postgres in the subclass). */
@StorageServer
class ApiConformanceGraphsHttpTest {
    private static final String[] GRAPH_FIELDS = {"id", "version", "is_active", "is_template", "name", "description",
        "user_id", "created_at", "updated_at", "nodes", "links"};
    private static final String[] SUMMARY_FIELDS = {"id", "version", "name", "description", "created_at",
        "updated_at", "execution_count", "last_execution_at", "success_rate"};
    private final Http http;

    ApiConformanceGraphsHttpTest(Http1Client client) {
        this.http = new Http(client);
    }

    @Test
    void blocks_areABareArrayWithTheDocumentedCatalog() {
        JsonNode blocks = ok(http.call(Method.GET, "/api/v1/blocks", ConformanceFixtures.user(), null), 200);
        assertThat(blocks.isArray()).isTrue();
        List<String> names = new ArrayList<>();
        boolean required = false;
        boolean selfFeeding = false;
        for (JsonNode b : blocks) {
            exactFields(b, "id", "name", "description", "input_schema", "output_schema");
            assertThat(b.get("id").isTextual()).isTrue();
            assertThat(b.get("description").isTextual()).isTrue();
            names.add(b.get("name").asText().toLowerCase());
            for (String side : List.of("input_schema", "output_schema")) {
                assertThat(b.get(side).isObject()).isTrue();
                for (JsonNode port : b.get(side)) {
                    exactFields(port, "type", "required");
                    assertThat(port.get("type").asText()).isIn("string", "number", "integer", "boolean", "object",
                            "array", "any");
                    assertThat(port.get("required").isBoolean()).isTrue();
                    required |= side.equals("input_schema") && port.get("required").asBoolean();
                }
            }
            for (JsonNode out : b.get("output_schema")) {
                for (JsonNode in : b.get("input_schema")) {
                    String o = out.get("type").asText();
                    String i = in.get("type").asText();
                    selfFeeding |= o.equals(i) || o.equals("any") || i.equals("any")
                            || (o.equals("integer") && i.equals("number"));
                }
            }
        }
        assertThat(required).isTrue();
        assertThat(selfFeeding).isTrue();
        assertThat(names).anyMatch(n -> n.contains("input")).anyMatch(n -> n.contains("output"))
                .anyMatch(n -> n.contains("template")).anyMatch(n -> n.contains("add"))
                .anyMatch(n -> n.contains("http"));
    }

    @Test
    void create_is201WithLocationAndEveryFieldOfGraph() {
        UUID sub = UUID.randomUUID();
        String token = Tokens.valid(sub);
        Map<String, Object> body = runnable("fields");
        Http.Resp r = http.call(Method.POST, "/api/v1/graphs", token, body);
        JsonNode g = ok(r, 201);
        exactFields(g, GRAPH_FIELDS);
        assertThat(r.header("Location")).endsWith("/api/v1/graphs/" + g.get("id").asText());
        assertThat(UUID.fromString(g.get("id").asText())).isNotNull();
        assertThat(g.get("version").isInt()).isTrue();
        assertThat(g.get("version").asInt()).isEqualTo(1);
        assertThat(g.get("is_active").asBoolean()).isTrue();
        assertThat(g.get("is_template").isBoolean()).isTrue();
        assertThat(g.get("name").asText()).isEqualTo("fields");
        assertThat(g.get("description").isNull()).isTrue();
        assertThat(g.get("user_id").asText()).isEqualTo(sub.toString());
        timestamp(g.get("created_at"));
        timestamp(g.get("updated_at"));
        JsonNode n = g.get("nodes").get(0);
        exactFields(n, "id", "block_id", "label", "input_default", "metadata", "node_type");
        assertThat(n.get("input_default").get("a").asInt()).isEqualTo(1);
        assertThat(g.get("nodes").get(1).get("node_type").asText()).isEqualTo("output");
        JsonNode l = g.get("links").get(0);
        exactFields(l, "id", "source_id", "sink_id", "source_name", "sink_name", "is_static");
        assertThat(UUID.fromString(l.get("id").asText())).isNotNull();
        assertThat(l.get("is_static").isBoolean()).isTrue();
        assertThat(ok(http.call(Method.GET, "/api/v1/graphs/" + g.get("id").asText(), token, null), 200)).isEqualTo(g);

        Map<String, Object> template = runnable("template");
        template.put("description", "d".repeat(500));
        template.put("is_template", true);
        JsonNode t = createGraph(http, token, template);
        assertThat(t.get("is_template").asBoolean()).isTrue();
        assertThat(t.get("description").asText()).hasSize(500);
        Map<String, Object> minimal = new LinkedHashMap<>();
        minimal.put("name", "minimal");
        minimal.put("nodes", List.of(Map.of("id", "only", "block_id", BuiltInBlocks.ADD_NUMBERS)));
        JsonNode m = createGraph(http, token, minimal);
        assertThat(m.get("links").isArray()).isTrue();
        assertThat(m.get("nodes").get(0).get("node_type").asText()).isEqualTo("standard");
    }

    @Test
    void create_createdAtHasMicrosecondPrecision() {
        String token = ConformanceFixtures.user();
        boolean sawMicros = false;
        for (int i = 0; i < 5 && !sawMicros; i++) {
            String created = createGraph(http, token, runnable("p" + i)).get("created_at").asText();
            String fraction = created.contains(".") ? created.substring(created.indexOf('.') + 1, created.length() - 1) : "";
            assertThat(fraction.length()).isLessThanOrEqualTo(6);
            sawMicros = fraction.length() == 6;
        }
        assertThat(sawMicros).isTrue();
    }

    @Test
    void create_everyRuleViolationIsListedWithItsPath() {
        String token = ConformanceFixtures.user();
        List<Map<String, Object>> nodes = List.of(
                node("a", BuiltInBlocks.TEXT_TEMPLATE, "standard", Map.of("template", "x")),
                node("b", BuiltInBlocks.ADD_NUMBERS, "standard", Map.of("a", 1, "b", 2)),
                node("b", BuiltInBlocks.ADD_NUMBERS, "standard", Map.of("a", 1, "b", 2)),
                node("x".repeat(65), "no-such-block", "standard", Map.of()),
                node("c", BuiltInBlocks.HTTP_REQUEST, "standard", Map.of("url", "u")));
        Map<String, Object> labelled = new LinkedHashMap<>(nodes.get(0));
        labelled.put("label", "l".repeat(101));
        List<Map<String, Object>> withLabel = new ArrayList<>(nodes);
        withLabel.set(0, labelled);
        Map<String, Object> body = graph("n".repeat(101), withLabel, List.of(
                link("a", "b", "text", "a"),
                link("ghost", "c", "text", "url"),
                link("a", "phantom", "text", "url"),
                link("a", "c", "nope", "url"),
                link("a", "c", "text", "nope"),
                link("a", "c", "text", "url"),
                link("a", "c", "text", "url")));
        body.put("description", "d".repeat(501));
        List<String> paths = paths(problem(http.call(Method.POST, "/api/v1/graphs", token, body), 422));
        assertThat(paths).contains("name", "description", "nodes[0].label", "nodes[2].id", "nodes[3].id",
                "nodes[3].block_id", "links[1].source_id", "links[2].sink_id", "links[3].source_name",
                "links[4].sink_name");
        assertThat(paths).anyMatch(p -> p.startsWith("links[0]"));
        assertThat(paths).anyMatch(p -> p.startsWith("links[6]"));

        Map<String, Object> cycle = graph("cycle", List.of(
                node("p", BuiltInBlocks.ADD_NUMBERS, "standard", Map.of("b", 1)),
                node("q", BuiltInBlocks.ADD_NUMBERS, "standard", Map.of("b", 1))),
                List.of(link("p", "q", "sum", "a"), link("q", "p", "sum", "a")));
        assertThat(problem(http.call(Method.POST, "/api/v1/graphs", token, cycle), 422).get("errors").size()).isPositive();
        Map<String, Object> selfLoop = graph("self", List.of(node("p", BuiltInBlocks.ADD_NUMBERS, "standard",
                Map.of("b", 1))), List.of(link("p", "p", "sum", "a")));
        problem(http.call(Method.POST, "/api/v1/graphs", token, selfLoop), 422);
        problem(http.call(Method.POST, "/api/v1/graphs", token, graph("empty", List.of(), List.of())), 422);
        problem(http.call(Method.POST, "/api/v1/graphs", token, graph("", List.of(
                node("p", BuiltInBlocks.ADD_NUMBERS, "standard", Map.of())), List.of())), 422);
    }

    @Test
    void create_portTypesFollowTheCompatibilityRule() {
        String token = ConformanceFixtures.user();
        Map<String, Object> integerIntoNumber = graph("int->num", List.of(
                node("h", BuiltInBlocks.HTTP_REQUEST, "standard", Map.of("url", "u")),
                node("s", BuiltInBlocks.ADD_NUMBERS, "standard", Map.of("b", 1))),
                List.of(link("h", "s", "status", "a")));
        createGraph(http, token, integerIntoNumber);
        Map<String, Object> anyIntoString = graph("any->string", List.of(
                node("h", BuiltInBlocks.HTTP_REQUEST, "standard", Map.of("url", "u")),
                node("t", BuiltInBlocks.TEXT_TEMPLATE, "standard", Map.of())),
                List.of(link("h", "t", "body", "template")));
        createGraph(http, token, anyIntoString);
        Map<String, Object> numberIntoInteger = graph("string->number", List.of(
                node("t", BuiltInBlocks.TEXT_TEMPLATE, "standard", Map.of("template", "x")),
                node("s", BuiltInBlocks.ADD_NUMBERS, "standard", Map.of("b", 1))),
                List.of(link("t", "s", "text", "a")));
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, numberIntoInteger), 422)))
                .allMatch(p -> p.startsWith("links[0]"));
    }

    @Test
    void create_shapeErrorsAre400WithPaths_butFreeFormMapsAreData() {
        String token = ConformanceFixtures.user();
        Map<String, Object> free = runnable("free");
        @SuppressWarnings("unchecked")
        Map<String, Object> n0 = new LinkedHashMap<>(((List<Map<String, Object>>) free.get("nodes")).get(0));
        n0.put("input_default", Map.of("a", 1, "b", 2, "anything", Map.of("deep", List.of(Map.of("x", 1)))));
        n0.put("metadata", Map.of("position", Map.of("x", 1.5, "y", -2), "colour", "red", "tags", List.of("a")));
        free.put("nodes", List.of(n0, ((List<?>) free.get("nodes")).get(1)));
        JsonNode g = createGraph(http, token, free);
        assertThat(g.get("nodes").get(0).get("metadata").get("colour").asText()).isEqualTo("red");
        assertThat(g.get("nodes").get(0).get("input_default").get("anything").get("deep").get(0).get("x").asInt()).isEqualTo(1);

        Map<String, Object> typed = runnable("typed");
        typed.put("is_template", "no");
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, typed), 400))).containsExactly("is_template");
        Map<String, Object> badLabel = runnable("label");
        @SuppressWarnings("unchecked")
        Map<String, Object> bl = new LinkedHashMap<>(((List<Map<String, Object>>) badLabel.get("nodes")).get(0));
        bl.put("label", 5);
        badLabel.put("nodes", List.of(bl));
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, badLabel), 400)))
                .containsExactly("nodes[0].label");
        Map<String, Object> badMeta = runnable("meta");
        @SuppressWarnings("unchecked")
        Map<String, Object> bm = new LinkedHashMap<>(((List<Map<String, Object>>) badMeta.get("nodes")).get(0));
        bm.put("input_default", List.of(1));
        badMeta.put("nodes", List.of(bm));
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, badMeta), 400)))
                .containsExactly("nodes[0].input_default");
        Map<String, Object> badLink = runnable("link");
        Map<String, Object> l = new LinkedHashMap<>(link("add", "out", "sum", "value"));
        l.put("is_static", "yes");
        badLink.put("links", List.of(l));
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, badLink), 400)))
                .containsExactly("links[0].is_static");
        Map<String, Object> extraLink = runnable("extra");
        Map<String, Object> el = new LinkedHashMap<>(link("add", "out", "sum", "value"));
        el.put("id", UUID.randomUUID().toString());
        extraLink.put("links", List.of(el));
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, extraLink), 400)))
                .containsExactly("links[0].id");
        Map<String, Object> nodeType = runnable("type");
        @SuppressWarnings("unchecked")
        Map<String, Object> nt = new LinkedHashMap<>(((List<Map<String, Object>>) nodeType.get("nodes")).get(0));
        nt.put("node_type", "Standard");
        nodeType.put("nodes", List.of(nt));
        assertThat(paths(problem(http.call(Method.POST, "/api/v1/graphs", token, nodeType), 400)))
                .containsExactly("nodes[0].node_type");
        problem(http.call(Method.POST, "/api/v1/graphs", token, Map.of("name", "x")), 400);
        problem(http.call(Method.POST, "/api/v1/graphs", token, Map.of("name", "x", "nodes", "n")), 400);
        problem(http.call(Method.POST, "/api/v1/graphs", token, Map.of("nodes", List.of())), 400);
        problem(http.call(Method.POST, "/api/v1/graphs", token, Map.of("name", "x", "nodes", List.of("n"))), 400);
        Map<String, Object> withVersion = runnable("v");
        withVersion.put("version", 3);
        problem(http.call(Method.POST, "/api/v1/graphs", token, withVersion), 400);
    }

    @Test
    void versions_putActivateAndReadEveryVersion() throws InterruptedException {
        String token = ConformanceFixtures.user();
        JsonNode v1 = createGraph(http, token, runnable("one"));
        String id = v1.get("id").asText();
        Thread.sleep(2);
        JsonNode v2 = ok(http.call(Method.PUT, "/api/v1/graphs/" + id, token, runnable("two")), 200);
        exactFields(v2, GRAPH_FIELDS);
        assertThat(v2.get("id").asText()).isEqualTo(id);
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("is_active").asBoolean()).isTrue();
        JsonNode v3 = ok(http.call(Method.PUT, "/api/v1/graphs/" + id, token, runnable("three")), 200);
        assertThat(v3.get("version").asInt()).isEqualTo(3);
        JsonNode versions = ok(http.call(Method.GET, "/api/v1/graphs/" + id + "/versions", token, null), 200);
        assertThat(versions.isArray()).isTrue();
        assertThat(versions).hasSize(3);
        for (JsonNode v : versions) {
            exactFields(v, "version", "is_active", "created_at");
            timestamp(v.get("created_at"));
        }
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(3);
        assertThat(versions.get(2).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("is_active").asBoolean()).isTrue();
        assertThat(versions.get(1).get("is_active").asBoolean()).isFalse();

        JsonNode active = ok(http.call(Method.PUT, "/api/v1/graphs/" + id + "/active-version", token,
                Map.of("version", 1)), 200);
        exactFields(active, GRAPH_FIELDS);
        assertThat(active.get("version").asInt()).isEqualTo(1);
        assertThat(active.get("is_active").asBoolean()).isTrue();
        assertThat(active.get("name").asText()).isEqualTo("one");
        JsonNode read = ok(http.call(Method.GET, "/api/v1/graphs/" + id, token, null), 200);
        assertThat(read.get("version").asInt()).isEqualTo(1);
        JsonNode old = ok(http.call(Method.GET, "/api/v1/graphs/" + id + "/versions/3", token, null), 200);
        exactFields(old, GRAPH_FIELDS);
        assertThat(old.get("is_active").asBoolean()).isFalse();
        assertThat(old.get("name").asText()).isEqualTo("three");
        JsonNode after = ok(http.call(Method.GET, "/api/v1/graphs/" + id + "/versions", token, null), 200);
        assertThat(after.get(2).get("is_active").asBoolean()).isTrue();
        assertThat(after.get(0).get("is_active").asBoolean()).isFalse();
        JsonNode v4 = ok(http.call(Method.PUT, "/api/v1/graphs/" + id, token, runnable("four")), 200);
        assertThat(v4.get("version").asInt()).isEqualTo(4);

        for (String v : List.of("5", "0", "-1", "99999999999", "abc")) {
            problem(http.call(Method.GET, "/api/v1/graphs/" + id + "/versions/" + v, token, null), 404);
        }
        for (int v : List.of(5, 0, -1)) {
            problem(http.call(Method.PUT, "/api/v1/graphs/" + id + "/active-version", token, Map.of("version", v)), 404);
        }
        problem(http.call(Method.PUT, "/api/v1/graphs/" + id + "/active-version", token, Map.of("version", "1")), 400);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + id + "/active-version", token,
                Map.of("version", 1, "extra", true)), 400);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + UUID.randomUUID() + "/active-version", token,
                Map.of("version", 1)), 404);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + UUID.randomUUID(), token, runnable("ghost")), 404);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + UUID.randomUUID(), token, Map.of("name", "no nodes")), 400);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + id, token, graph("bad", List.of(), List.of())), 422);
    }

    @Test
    void otherUsersGraphs_are404Everywhere() {
        String owner = ConformanceFixtures.user();
        String id = createGraph(http, owner, runnable("mine")).get("id").asText();
        String stranger = ConformanceFixtures.user();
        problem(http.call(Method.GET, "/api/v1/graphs/" + id, stranger, null), 404);
        problem(http.call(Method.GET, "/api/v1/graphs/" + id + "/versions", stranger, null), 404);
        problem(http.call(Method.GET, "/api/v1/graphs/" + id + "/versions/1", stranger, null), 404);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + id, stranger, runnable("theirs")), 404);
        problem(http.call(Method.PUT, "/api/v1/graphs/" + id + "/active-version", stranger, Map.of("version", 1)), 404);
        problem(http.call(Method.DELETE, "/api/v1/graphs/" + id, stranger, null), 404);
        problem(http.call(Method.POST, "/api/v1/graphs/" + id + "/executions", stranger, Map.of("inputs", Map.of())), 404);
        assertThat(ok(http.call(Method.GET, "/api/v1/graphs/" + id + "/versions", owner, null), 200)).hasSize(1);
    }

    @Test
    void list_itemsHaveExactlyTheSummaryFields_newestUpdatedFirst_andStatistics() throws InterruptedException {
        String token = ConformanceFixtures.user();
        String a = createGraph(http, token, runnable("a")).get("id").asText();
        Thread.sleep(2);
        String b = createGraph(http, token, runnable("b")).get("id").asText();
        Thread.sleep(2);
        JsonNode page = ok(http.call(Method.GET, "/api/v1/graphs", token, null), 200);
        exactFields(page, "items", "next_cursor");
        assertThat(page.get("next_cursor").isNull()).isTrue();
        JsonNode first = page.get("items").get(0);
        exactFields(first, SUMMARY_FIELDS);
        assertThat(first.get("id").asText()).isEqualTo(b);
        assertThat(first.get("execution_count").isIntegralNumber()).isTrue();
        assertThat(first.get("execution_count").asLong()).isZero();
        assertThat(first.get("last_execution_at").isNull()).isTrue();
        assertThat(first.get("success_rate").isNull()).isTrue();
        assertThat(first.get("description").isNull()).isTrue();
        assertThat(first.get("version").asInt()).isEqualTo(1);

        ok(http.call(Method.PUT, "/api/v1/graphs/" + a, token, runnable("a2")), 200);
        Thread.sleep(2);
        JsonNode reordered = ok(http.call(Method.GET, "/api/v1/graphs", token, null), 200).get("items");
        assertThat(reordered.get(0).get("id").asText()).isEqualTo(a);
        assertThat(reordered.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(reordered.get(0).get("name").asText()).isEqualTo("a2");

        String done = ok(http.call(Method.POST, "/api/v1/graphs/" + b + "/executions", token,
                Map.of("version", 1, "inputs", Map.of())), 201).get("id").asText();
        ok(http.call(Method.POST, "/api/v1/executions/" + done + "/status", token, Map.of("status", "running")), 200);
        ok(http.call(Method.POST, "/api/v1/executions/" + done + "/status", token, Map.of("status", "completed")), 200);
        ok(http.call(Method.POST, "/api/v1/graphs/" + b + "/executions", token, Map.of("inputs", Map.of())), 201);
        JsonNode stats = ok(http.call(Method.GET, "/api/v1/graphs", token, null), 200).get("items");
        assertThat(stats.get(0).get("id").asText()).as("executions do not change updated_at").isEqualTo(a);
        JsonNode bItem = stats.get(1);
        assertThat(bItem.get("execution_count").asLong()).isEqualTo(2);
        assertThat(bItem.get("success_rate").isNumber()).isTrue();
        assertThat(bItem.get("success_rate").asDouble()).isEqualTo(0.5);
        timestamp(bItem.get("last_execution_at"));

        ok(http.call(Method.PUT, "/api/v1/graphs/" + b + "/active-version", token, Map.of("version", 1)), 200);
        assertThat(ok(http.call(Method.GET, "/api/v1/graphs", token, null), 200).get("items").get(0).get("id").asText())
                .as("changing the active version changes updated_at").isEqualTo(b);
    }

    @Test
    void list_pagesWithCursorAndTotal() {
        String token = ConformanceFixtures.user();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(createGraph(http, token, runnable("g" + i)).get("id").asText());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok(http.call(Method.GET, "/api/v1/graphs?limit=2&include_total=true"
                    + (cursor == null ? "" : "&cursor=" + cursor), token, null), 200);
            assertThat(page.get("total").asLong()).isEqualTo(5);
            page.get("items").forEach(i -> seen.add(i.get("id").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(ids.reversed());
        assertThat(ok(http.call(Method.GET, "/api/v1/graphs", token, null), 200).has("total")).isFalse();
        for (String q : List.of("limit=0", "limit=101", "limit=x", "cursor=abc", "include_total=1")) {
            problem(http.call(Method.GET, "/api/v1/graphs?" + q, token, null), 400);
        }
        ok(http.call(Method.GET, "/api/v1/graphs?limit=100", token, null), 200);
    }

    @Test
    void list_defaultLimitIsTwenty() {
        String token = ConformanceFixtures.user();
        for (int i = 0; i < 21; i++) {
            createGraph(http, token, runnable("d" + i));
        }
        JsonNode page = ok(http.call(Method.GET, "/api/v1/graphs", token, null), 200);
        assertThat(page.get("items")).hasSize(20);
        String cursor = page.get("next_cursor").asText();
        JsonNode last = ok(http.call(Method.GET, "/api/v1/graphs?cursor=" + cursor, token, null), 200);
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void delete_removesEveryVersionAndItsExecutions() {
        String token = ConformanceFixtures.user();
        String id = createGraph(http, token, runnable("doomed")).get("id").asText();
        ok(http.call(Method.PUT, "/api/v1/graphs/" + id, token, runnable("doomed 2")), 200);
        String exec = ok(http.call(Method.POST, "/api/v1/graphs/" + id + "/executions", token,
                Map.of("inputs", Map.of())), 201).get("id").asText();
        Http.Resp deleted = http.call(Method.DELETE, "/api/v1/graphs/" + id, token, null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.raw()).isEmpty();
        problem(http.call(Method.GET, "/api/v1/graphs/" + id, token, null), 404);
        problem(http.call(Method.GET, "/api/v1/graphs/" + id + "/versions", token, null), 404);
        problem(http.call(Method.GET, "/api/v1/graphs/" + id + "/versions/1", token, null), 404);
        problem(http.call(Method.GET, "/api/v1/executions/" + exec, token, null), 404);
        problem(http.call(Method.POST, "/api/v1/executions/" + exec + "/status", token, Map.of("status", "running")), 404);
        assertThat(ok(http.call(Method.GET, "/api/v1/executions?graph_id=" + id, token, null), 200).get("items")).isEmpty();
        assertThat(ok(http.call(Method.GET, "/api/v1/executions", token, null), 200).get("items")).isEmpty();
        assertThat(ok(http.call(Method.GET, "/api/v1/graphs?include_total=true", token, null), 200)
                .get("total").asLong()).isZero();
        problem(http.call(Method.DELETE, "/api/v1/graphs/" + id, token, null), 404);
    }
}
