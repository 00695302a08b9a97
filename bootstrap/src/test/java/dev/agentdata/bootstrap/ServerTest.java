package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Starts the real server in-process on a free port with the memory storage and calls it over HTTP. */
class ServerTest {
    static final String SECRET = "server-test-secret-server-test-secret-01";
    private static RunningServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        AppConfig config = AppConfig.from(ConfigLoader.load(Map.of(
                "STORAGE", "memory", "SERVER_PORT", "0", "SERVER_HOST", "127.0.0.1", "JWT_SECRET", SECRET,
                "MAX_PAYLOAD_BYTES", "65536")));
        server = RunningServer.start(config);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void me_withMintedToken_isTheCaller() throws Exception {
        UUID sub = UUID.randomUUID();
        String token = new TokenMinter(SECRET).mint(sub, "ada@example.org", "Ada", false, Instant.now(),
                Duration.ofMinutes(5));

        HttpResponse<String> response = get("/api/v1/me", "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":\"" + sub + "\"", "\"display_name\":\"Ada\"");
    }

    @Test
    void bodyOverTheConfiguredLimit_is413Problem() throws Exception {
        String token = new TokenMinter(SECRET).mint(UUID.randomUUID(), "big@example.org", null, false, Instant.now(),
                Duration.ofMinutes(5));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/graphs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(100_000) + "\"}")).build();

        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
    }

    @Test
    void api_withoutToken_is401Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
    }

    @Test
    void metrics_includeTheGraphCacheCounters() throws Exception {
        assertThat(get("/observe/metrics").body()).contains("agentdata_graph_cache_hits", "agentdata_graph_cache_misses",
                "agentdata_graph_cache_evictions");
    }

    @Test
    void health_isUp() throws Exception {
        HttpResponse<String> response = get("/observe/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void metrics_arePrometheusText() throws Exception {
        HttpResponse<String> response = get("/observe/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body()).contains("# TYPE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void openapi_servesTheDocumentWithEveryRouteOfTheContract() throws Exception {
        HttpResponse<String> response = get("/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> document = new Yaml().load(response.body());
        assertThat(document.get("openapi")).isEqualTo("3.0.3");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        OpenApiRoutes.CONTRACT.forEach((path, methods) ->
                assertThat(paths).as(path).containsKey(path).extractingByKey(path)
                        .satisfies(ops -> assertThat(ops.keySet()).containsAll(methods)));
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        assertThat((Map<String, Object>) components.get("securitySchemes")).containsKeys("bearerAuth", "apiKey");
    }

    @Test
    void openapi_asJson_whenAskedFor() throws Exception {
        HttpResponse<String> response = get("/openapi", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{").contains("\"/api/v1/graphs\"");
    }

    /** The routes of API.md, path template to methods (lower case, as in OpenAPI). */
    static final class OpenApiRoutes {
        static final Map<String, List<String>> CONTRACT = Map.ofEntries(
                Map.entry("/api/v1/me", List.of("get", "patch")),
                Map.entry("/api/v1/me/preferences", List.of("get", "patch")),
                Map.entry("/api/v1/blocks", List.of("get")),
                Map.entry("/api/v1/graphs", List.of("get", "post")),
                Map.entry("/api/v1/graphs/{id}", List.of("get", "put", "delete")),
                Map.entry("/api/v1/graphs/{id}/versions", List.of("get")),
                Map.entry("/api/v1/graphs/{id}/versions/{version}", List.of("get")),
                Map.entry("/api/v1/graphs/{id}/active-version", List.of("put")),
                Map.entry("/api/v1/graphs/{id}/executions", List.of("post")),
                Map.entry("/api/v1/executions", List.of("get")),
                Map.entry("/api/v1/executions/{id}", List.of("get")),
                Map.entry("/api/v1/executions/{id}/status", List.of("post")),
                Map.entry("/api/v1/executions/{id}/cancel", List.of("post")),
                Map.entry("/api/v1/executions/{id}/node-executions", List.of("get", "post")),
                Map.entry("/api/v1/executions/{id}/events", List.of("get")),
                Map.entry("/api/v1/events", List.of("get")),
                Map.entry("/api/v1/executions/{id}/node-executions/{node_execution_id}/status", List.of("post")),
                Map.entry("/api/v1/credits", List.of("get")),
                Map.entry("/api/v1/credits/top-up", List.of("post")),
                Map.entry("/api/v1/credits/transactions", List.of("get")),
                Map.entry("/api/v1/credits/auto-top-up", List.of("get", "put")),
                Map.entry("/api/v1/admin/credits/{user_id}/grant", List.of("post")),
                Map.entry("/api/v1/api-keys", List.of("get", "post")),
                Map.entry("/api/v1/api-keys/{id}", List.of("delete")),
                Map.entry("/api/v1/store/submissions", List.of("get", "post")),
                Map.entry("/api/v1/store/submissions/{id}", List.of("patch", "delete")),
                Map.entry("/api/v1/admin/store/submissions", List.of("get")),
                Map.entry("/api/v1/admin/store/submissions/{id}/review", List.of("post")),
                Map.entry("/api/v1/store/listings", List.of("get")),
                Map.entry("/api/v1/store/listings/{slug}", List.of("get")),
                Map.entry("/api/v1/store/listings/{slug}/reviews", List.of("post")),
                Map.entry("/observe/health", List.of("get")),
                Map.entry("/observe/metrics", List.of("get")),
                Map.entry("/openapi", List.of("get")));

        private OpenApiRoutes() {
        }
    }
}
