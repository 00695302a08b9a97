package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the statements one execution lifecycle sends to Postgres (issue 9), counted at the JDBC level with
 * {@code BEGIN}/{@code COMMIT} included, through the real server with its default configuration (caches on): the six
 * requests of bench/lifecycle.sh after one warm-up lifecycle (the token's claims applied, the graph version and which
 * version is active cached: the insert re-checks it).
 * A change that adds a statement fails here; one that removes some lowers the pinned figures.
 */
class LifecycleStatementCountTest {
    private static final String SECRET = "statement-count-test-secret-0123456789abcdef";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String GRAPH = """
            {"name": "statement count", "description": null, "is_template": false,
             "nodes": [
               {"id": "in", "block_id": "c0a8e994-ebf1-4a9c-a4d8-89d09c86741b", "label": "input",
                "input_default": {"value": 1}, "metadata": {}, "node_type": "input"},
               {"id": "out", "block_id": "363ae599-353e-4804-937e-b2ee3cef3da4", "label": "output",
                "input_default": {}, "metadata": {}, "node_type": "output"}],
             "links": [{"source_id": "in", "sink_id": "out", "source_name": "result", "sink_name": "value",
                        "is_static": false}]}""";
    /** Statements per request: create, running, add node execution, node running, node completed, completed. */
    private static final List<Integer> PINNED = List.of(1, 1, 1, 1, 1, 1);
    private static final Map<String, String> SETTINGS = Map.of("EXECUTIONS_SWEEPER_ENABLED", "false",
            "RATE_LIMIT_REQUESTS", "0");

    @BeforeAll
    static void install() throws Exception {
        StatementCountingDriver.install();
    }

    @AfterAll
    static void uninstall() throws Exception {
        StatementCountingDriver.uninstall();
    }

    @Test
    void aLifecycle_onTheMachinesPostgres_sendsThePinnedStatements() throws Exception {
        assumeTrue(System.getenv("TEST_DATABASE_URL") != null, "TEST_DATABASE_URL not set");
        try (FreshSchemaServer server = FreshSchemaServer.start("count_", SECRET, SETTINGS)) {
            assertPinned(server.port());
        }
    }

    @Test
    void aLifecycle_onTheEmbeddedPostgres_sendsThePinnedStatements(@TempDir Path dir) throws Exception {
        Map<String, String> env = new HashMap<>(SETTINGS);
        env.putAll(Map.of("DATA_DIR", dir.resolve("postgres").toString(), "SERVER_PORT", "0",
                "SERVER_HOST", "127.0.0.1", "JWT_SECRET", SECRET));
        Files.createDirectories(dir);
        try (RunningServer server = RunningServer.start(AppConfig.from(ConfigLoader.load(env)))) {
            assertPinned(server.port());
        }
    }

    private static void assertPinned(int port) throws Exception {
        String token = new TokenMinter(SECRET).mint(UUID.randomUUID(), "count@example.org", null, false, Instant.now(),
                Duration.ofMinutes(5));
        Api api = new Api(port, token);
        String graph = id(api.send("/graphs", GRAPH, 201));
        lifecycle(api, graph, new ArrayList<>());

        List<List<String>> perRequest = new ArrayList<>();
        lifecycle(api, graph, perRequest);

        assertThat(perRequest.stream().map(List::size).toList()).as("statements per request: %s", perRequest)
                .isEqualTo(PINNED);
        assertThat(perRequest.stream().mapToInt(List::size).sum()).isEqualTo(6);
    }

    /** The six requests; each one's statements are added to {@code perRequest}. */
    private static void lifecycle(Api api, String graph, List<List<String>> perRequest) throws Exception {
        String execution = id(api.counted(perRequest, "/graphs/" + graph + "/executions", "{\"inputs\": {}}", 201));
        String path = "/executions/" + execution;
        api.counted(perRequest, path + "/status", "{\"status\": \"running\"}", 200);
        String node = id(api.counted(perRequest, path + "/node-executions",
                "{\"node_id\": \"in\", \"inputs\": {\"value\": 1}}", 201));
        String nodePath = path + "/node-executions/" + node + "/status";
        api.counted(perRequest, nodePath, "{\"status\": \"running\"}", 200);
        api.counted(perRequest, nodePath, "{\"status\": \"completed\", \"outputs\": {\"result\": 1}}", 200);
        String done = api.counted(perRequest, path + "/status", "{\"status\": \"completed\", \"outputs\": {\"out\": 1}}", 200);
        assertThat(done).contains("\"status\":\"completed\"");
    }

    private static String id(String body) {
        Matcher m = ID.matcher(body);
        assertThat(m.find()).as("an id in %s", body).isTrue();
        return m.group(1);
    }

    private record Api(int port, String token) {
        String send(String path, String body, int expected) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1" + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(expected);
            return response.body();
        }

        String counted(List<List<String>> perRequest, String path, String body, int expected) throws Exception {
            StatementCountingDriver.record();
            try {
                return send(path, body, expected);
            } finally {
                perRequest.add(StatementCountingDriver.stop());
            }
        }
    }
}
