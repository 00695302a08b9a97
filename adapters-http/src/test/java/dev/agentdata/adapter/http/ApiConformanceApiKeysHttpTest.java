package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.paths;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
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
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.Test;

/** API.md "API keys" and the X-API-Key half of "Authentication", sentence by sentence, on the real services. */
@ServerTest
class ApiConformanceApiKeysHttpTest {
    private static final HttpApi API = HttpApiTestServer.api(ServiceWiring.on(java.time.Clock.systemUTC(), TestStorage.memory()));
    private static final List<String> ALL = List.of("read_graph", "execute_graph", "read_block");
    private final Http http;

    ApiConformanceApiKeysHttpTest(Http1Client client) {
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

    private Http.Resp create(String token, Object name, Object permissions) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", name);
        b.put("permissions", permissions);
        return http.call(Method.POST, "/api/v1/api-keys", token, b);
    }

    private JsonNode list(String token) {
        JsonNode l = ok(http.call(Method.GET, "/api/v1/api-keys", token, null), 200);
        assertThat(l.isArray()).isTrue();
        return l;
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void create_is201WithExactlyTheDocumentedFields_andTheKeyShape() {
        String u = ConformanceFixtures.user();
        JsonNode k = ok(create(u, "ci", List.of("read_graph", "execute_graph")), 201);
        assertThat(fieldNames(k)).containsExactlyInAnyOrder("id", "name", "key", "head", "tail", "permissions", "status",
                "created_at", "last_used_at");
        assertThat(UUID.fromString(k.get("id").asText())).isNotNull();
        assertThat(k.get("name").asText()).isEqualTo("ci");
        assertThat(k.get("key").asText()).matches("agd_[A-Za-z0-9_-]{43}");
        assertThat(k.get("key").asText()).startsWith(k.get("head").asText()).endsWith(k.get("tail").asText());
        assertThat(k.get("head").asText().length() + k.get("tail").asText().length()).isLessThan(47);
        List<String> perms = new ArrayList<>();
        k.get("permissions").forEach(p -> perms.add(p.asText()));
        assertThat(perms).containsExactlyInAnyOrder("read_graph", "execute_graph");
        assertThat(k.get("status").asText()).isEqualTo("active");
        timestamp(k.get("created_at"));
        assertThat(k.get("last_used_at").isNull()).isTrue();
        JsonNode other = ok(create(u, "ci", List.of()), 201);
        assertThat(other.get("key")).isNotEqualTo(k.get("key"));
        assertThat(other.get("permissions")).isEmpty();
    }

    @Test
    void list_isABareArrayWithoutKeys_newestFirst_onlyTheCallers() {
        String u = ConformanceFixtures.user();
        String first = ok(create(u, "first", List.of("read_block")), 201).get("key").asText();
        JsonNode second = ok(create(u, "second", ALL), 201);
        JsonNode l = list(u);
        assertThat(l).hasSize(2);
        assertThat(l.get(0).get("id")).isEqualTo(second.get("id"));
        for (JsonNode item : l) {
            assertThat(fieldNames(item)).containsExactlyInAnyOrder("id", "name", "head", "tail", "permissions", "status",
                    "created_at", "last_used_at");
        }
        assertThat(l.toString()).doesNotContain(first, second.get("key").asText());
        assertThat(list(ConformanceFixtures.user())).isEmpty();
    }

    @Test
    void delete_is204_thenTheKeyIs401Everywhere_andListedRevoked() {
        String u = ConformanceFixtures.user();
        JsonNode k = ok(create(u, "gone", ALL), 201);
        Map<String, String> viaKey = Map.of("X-API-Key", k.get("key").asText());
        ok(http.call(Method.GET, "/api/v1/blocks", viaKey, null), 200);
        Http.Resp del = http.call(Method.DELETE, "/api/v1/api-keys/" + k.get("id").asText(), u, null);
        assertThat(del.status()).isEqualTo(204);
        assertThat(del.raw()).isEmpty();
        problem(http.call(Method.GET, "/api/v1/blocks", viaKey, null), 401);
        problem(http.call(Method.GET, "/api/v1/graphs", viaKey, null), 401);
        problem(http.call(Method.GET, "/api/v1/credits", viaKey, null), 401);
        assertThat(list(u).get(0).get("status").asText()).isEqualTo("revoked");
        assertThat(http.call(Method.DELETE, "/api/v1/api-keys/" + k.get("id").asText(), u, null).status()).isEqualTo(204);
    }

    @Test
    void delete_ofAnotherUsersUnknownOrMalformedKey_is404_andTheKeyStillWorks() {
        String owner = ConformanceFixtures.user();
        JsonNode k = ok(create(owner, "mine", List.of("read_block")), 201);
        problem(http.call(Method.DELETE, "/api/v1/api-keys/" + k.get("id").asText(), ConformanceFixtures.user(), null), 404);
        problem(http.call(Method.DELETE, "/api/v1/api-keys/" + UUID.randomUUID(), owner, null), 404);
        problem(http.call(Method.DELETE, "/api/v1/api-keys/not-a-uuid", owner, null), 404);
        ok(http.call(Method.GET, "/api/v1/blocks", Map.of("X-API-Key", k.get("key").asText()), null), 200);
        assertThat(list(owner).get(0).get("status").asText()).isEqualTo("active");
    }

    @Test
    void create_shapeErrorsAre400_ruleErrorsAre422_andNothingIsMade() {
        String u = ConformanceFixtures.user();
        assertThat(paths(problem(create(u, "x", List.of("read_graph", "write_graph")), 400))).containsExactly("permissions[1]");
        problem(create(u, "x", List.of("READ_GRAPH")), 400);
        problem(create(u, "x", "read_graph"), 400);
        problem(create(u, "x", List.of(1)), 400);
        problem(create(u, null, List.of()), 400);
        problem(create(u, 5, List.of()), 400);
        problem(create(u, "x", null), 400);
        problem(http.call(Method.POST, "/api/v1/api-keys", u, Map.of("name", "x", "permissions", List.of(), "scope", "all")),
                400);
        assertThat(paths(problem(create(u, "", List.of()), 422))).containsExactly("name");
        assertThat(paths(problem(create(u, "n".repeat(101), List.of()), 422))).containsExactly("name");
        assertThat(list(u)).isEmpty();
    }

    @Test
    void key_actsForItsOwner_withItsPermissionsOnly_andRecordsItsUse() {
        String u = ConformanceFixtures.user();
        String graph = ConformanceFixtures.createGraph(http, u, ConformanceFixtures.runnable("keyed")).get("id").asText();
        JsonNode reader = ok(create(u, "reader", List.of("read_graph")), 201);
        Map<String, String> viaReader = Map.of("X-API-Key", reader.get("key").asText());
        assertThat(ok(http.call(Method.GET, "/api/v1/graphs", viaReader, null), 200).get("items").findValuesAsText("id"))
                .containsExactly(graph);
        ok(http.call(Method.GET, "/api/v1/graphs/" + graph, viaReader, null), 200);
        problem(http.call(Method.POST, "/api/v1/graphs/" + graph + "/executions", viaReader, Map.of("inputs", Map.of())), 403);
        problem(http.call(Method.GET, "/api/v1/blocks", viaReader, null), 403);
        problem(http.call(Method.GET, "/api/v1/me", viaReader, null), 403);
        problem(http.call(Method.GET, "/api/v1/api-keys", viaReader, null), 403);
        problem(http.call(Method.GET, "/api/v1/store/listings", viaReader, null), 403);
        JsonNode listed = list(u);
        JsonNode used = listed.get(0);
        timestamp(used.get("last_used_at"));

        Map<String, String> viaRunner = Map.of("X-API-Key", ok(create(u, "runner", List.of("execute_graph")), 201)
                .get("key").asText());
        JsonNode run = ok(http.call(Method.POST, "/api/v1/graphs/" + graph + "/executions", viaRunner,
                Map.of("inputs", Map.of())), 201);
        assertThat(run.get("user_id").asText()).isEqualTo(ok(http.call(Method.GET, "/api/v1/me", u, null), 200)
                .get("id").asText());
        problem(http.call(Method.GET, "/api/v1/graphs", viaRunner, null), 403);
        problem(http.call(Method.GET, "/api/v1/graphs", Map.of("X-API-Key", "agd_" + "x".repeat(43)), null), 401);
        problem(http.call(Method.GET, "/api/v1/graphs", Map.of("X-API-Key", "not-a-key"), null), 401);
    }
}
