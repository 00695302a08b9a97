package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.adapter.postgres.TestPgBouncer;
import dev.agentdata.domain.graph.BuiltInBlocks;

/**
 * API.md "Running several servers": two servers on one database, A straight to Postgres and B through PgBouncer in
 * transaction mode, answer as one server would, whichever takes a request. Each cache that could hold data the other
 * server changes is put to the test: API key lookups (none), graph versions (content cached, its active flag and
 * existence re-read), applied token claims (only the user id is used) and users (none).
 */
class TwoServersOneDatabaseTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = TestDatabase.freshSchemaName();
    private static RunningServer a;
    private static RunningServer b;

    @BeforeAll
    static void start() {
        String direct = TestDatabase.databaseUrl();
        a = start(Map.of("DATABASE_URL", direct));
        b = start(Map.of("DATABASE_URL", TestPgBouncer.shared().databaseUrl(), "DIRECT_URL", direct));
    }

    private static RunningServer start(Map<String, String> database) {
        Map<String, String> env = new HashMap<>(Map.of("DB_SCHEMA", SCHEMA, "SERVER_PORT", "0",
                "SERVER_HOST", "127.0.0.1", "JWT_SECRET", ServerTest.SECRET, "EXECUTIONS_SWEEPER_ENABLED", "false"));
        env.putAll(database);
        return RunningServer.start(AppConfig.from(ConfigLoader.load(env)));
    }

    @AfterAll
    static void stop() {
        for (RunningServer server : new RunningServer[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
        TestDatabase.dropSchema(SCHEMA);
    }

    private static String token(UUID user, String email) {
        return new TokenMinter(ServerTest.SECRET).mint(user, email, null, false, Instant.now(), Duration.ofMinutes(5));
    }

    private static HttpResponse<String> send(RunningServer server, String method, String path, String header,
                                             String credential, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header(header, header.equals("Authorization") ? "Bearer " + credential : credential)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> bearer(RunningServer server, String method, String path, String token,
                                               Object body) throws Exception {
        return send(server, method, path, "Authorization", token, body);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static Map<String, Object> graphBody(String name) {
        return Map.of("name", name, "nodes", List.of(Map.of("id", "in", "block_id", BuiltInBlocks.AGENT_INPUT,
                "label", "in", "input_default", Map.of(), "metadata", Map.of(), "node_type", "input")),
                "links", List.of());
    }

    @Test
    void anApiKeyRevokedOnA_isRefusedOnB_atTheNextRequest() throws Exception {
        String owner = token(UUID.randomUUID(), "keys@example.org");
        JsonNode key = json(bearer(a, "POST", "/api/v1/api-keys", owner,
                Map.of("name", "k", "permissions", List.of("read_block"))), 201);
        assertThat(send(b, "GET", "/api/v1/blocks", "X-API-Key", key.get("key").asText(), null).statusCode())
                .isEqualTo(200);

        assertThat(bearer(a, "DELETE", "/api/v1/api-keys/" + key.get("id").asText(), owner, null).statusCode())
                .isEqualTo(204);

        assertThat(send(b, "GET", "/api/v1/blocks", "X-API-Key", key.get("key").asText(), null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aGraphVersionCachedOnB_reflectsANewActiveVersionAndADeleteMadeOnA() throws Exception {
        String owner = token(UUID.randomUUID(), "graphs@example.org");
        String id = json(bearer(a, "POST", "/api/v1/graphs", owner, graphBody("one")), 201).get("id").asText();
        String v1 = "/api/v1/graphs/" + id + "/versions/1";
        for (int i = 0; i < 2; i++) {
            assertThat(json(bearer(b, "GET", v1, owner, null), 200).get("is_active").asBoolean()).isTrue();
        }

        JsonNode v2 = json(bearer(a, "PUT", "/api/v1/graphs/" + id, owner, graphBody("two")), 200);

        JsonNode seen = json(bearer(b, "GET", v1, owner, null), 200);
        assertThat(seen.get("is_active").asBoolean()).isFalse();
        assertThat(seen.get("updated_at")).isEqualTo(v2.get("updated_at"));

        assertThat(bearer(a, "DELETE", "/api/v1/graphs/" + id, owner, null).statusCode()).isEqualTo(204);

        assertThat(bearer(b, "GET", v1, owner, null).statusCode()).isEqualTo(404);
        assertThat(bearer(b, "POST", "/api/v1/graphs/" + id + "/executions", owner,
                Map.of("version", 1, "inputs", Map.of())).statusCode()).isEqualTo(404);
    }

    @Test
    void aProfileChangedOnB_isWhatAAnswers_andNewTokenClaimsOnAReachB() throws Exception {
        UUID user = UUID.randomUUID();
        String first = token(user, "first@example.org");
        assertThat(json(bearer(a, "GET", "/api/v1/me", first, null), 200).get("email").asText())
                .isEqualTo("first@example.org");

        json(bearer(b, "PATCH", "/api/v1/me", first, Map.of("name", "Grace")), 200);
        assertThat(json(bearer(a, "GET", "/api/v1/me", first, null), 200).get("name").asText()).isEqualTo("Grace");

        String second = token(user, "second@example.org");
        json(bearer(a, "GET", "/api/v1/me", second, null), 200);
        assertThat(json(bearer(b, "GET", "/api/v1/me", first, null), 200).get("email").asText())
                .as("B remembers having applied the first claims, as one server would; the newer ones stand")
                .isEqualTo("second@example.org");
    }
}
