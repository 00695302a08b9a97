package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.cache.GraphCacheStats;
import dev.agentdata.domain.graph.BuiltInBlocks;

/** The server's Prometheus text: latency histogram buckets, transition counters, cache hit ratio; one-line logs. */
class ObservabilityServerTest {
    private static final String SECRET = "observability-test-secret-0123456789abcd";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static RunningServer server;
    private static String token;

    @BeforeAll
    static void start() {
        server = RunningServer.start(AppConfig.from(ConfigLoader.load(Map.of(
                "STORAGE", "memory", "SERVER_PORT", "0", "SERVER_HOST", "127.0.0.1", "JWT_SECRET", SECRET))));
        token = new TokenMinter(SECRET).mint(UUID.randomUUID(), "obs@example.org", "Obs", false, Instant.now(),
                Duration.ofMinutes(5));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String metrics() throws Exception {
        return send("GET", "/observe/metrics", null).body();
    }

    /** The value of the first sample of {@code name} whose labels include every one of {@code labels}. */
    private static double sample(String text, String name, String... labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$").matcher(text);
        while (m.find()) {
            String found = m.group(1);
            if (Arrays.stream(labels).allMatch(found::contains)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0.0;
    }

    private static String id(HttpResponse<String> response) {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        return m.group(1);
    }

    @Test
    void latency_isPublishedAsAHistogramWithBucketsByRouteAndStatus() throws Exception {
        send("GET", "/api/v1/me", null);

        String text = metrics();

        assertThat(text).contains("# TYPE agentdata_http_latency_seconds histogram");
        assertThat(sample(text, "agentdata_http_latency_seconds_bucket", "route=\"/api/v1/me\"", "status=\"200\"",
                "le=\"+Inf\"")).isGreaterThanOrEqualTo(1.0);
        assertThat(text).containsPattern("agentdata_http_latency_seconds_bucket\\{[^}]*le=\"0\\.005\"");
    }

    @Test
    void transitions_areCountedByKindAndStatus() throws Exception {
        String graph = id(send("POST", "/api/v1/graphs", """
                {"name": "obs", "nodes": [{"id": "in", "block_id": "%s", "label": "In", "input_default": {},
                 "metadata": {}, "node_type": "input"}], "links": []}""".formatted(BuiltInBlocks.AGENT_INPUT)));
        HttpResponse<String> started = send("POST", "/api/v1/graphs/" + graph + "/executions", "{\"inputs\": {\"in\": \"x\"}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String execution = id(started);
        double runningBefore = sample(metrics(), "agentdata_execution_transitions_total", "kind=\"graph\"",
                "status=\"running\"");
        double cancelledNodesBefore = sample(metrics(), "agentdata_execution_transitions_total", "kind=\"node\"",
                "status=\"cancelled\"");

        assertThat(send("POST", "/api/v1/executions/" + execution + "/status", "{\"status\": \"running\"}").statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/executions/" + execution + "/node-executions",
                "{\"node_id\": \"in\", \"inputs\": {}}").statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/executions/" + execution + "/cancel", null).statusCode()).isEqualTo(200);

        String text = metrics();
        assertThat(sample(text, "agentdata_execution_transitions_total", "kind=\"graph\"", "status=\"running\""))
                .isEqualTo(runningBefore + 1);
        assertThat(sample(text, "agentdata_execution_transitions_total", "kind=\"node\"", "status=\"cancelled\""))
                .isEqualTo(cancelledNodesBefore + 1);
        assertThat(text).containsPattern("agentdata_execution_transitions_total\\{[^}]*kind=\"graph\"[^}]*status=\"timeout\"");
    }

    @Test
    void graphCache_publishesItsHitRatio() throws Exception {
        assertThat(metrics()).containsPattern("(?m)^agentdata_graph_cache_hit_ratio(\\{[^}]*})? [0-9.]+");
    }

    @Test
    void hitRatio_isHitsOverLookups_andZeroBeforeAnyLookup() {
        assertThat(Wiring.hitRatio(new GraphCacheStats(3, 1, 0, 0, 0))).isEqualTo(0.75);
        assertThat(Wiring.hitRatio(new GraphCacheStats(0, 0, 0, 0, 0))).isZero();
    }

    @Test
    void logFormat_putsARecordOnOneLine_andTheAccessLogCanBeSilenced() throws Exception {
        Properties logging = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/logging.properties")) {
            logging.load(in);
        }
        String format = logging.getProperty("java.util.logging.SimpleFormatter.format");

        String line = String.format(format, java.time.ZonedDateTime.now(), "src", "agentdata.access", "INFO",
                "method=GET path=/x route=unmatched status=401 ms=0.3 request_id=r user=-", "");

        assertThat(line).endsWith(System.lineSeparator());
        assertThat(line.strip()).doesNotContain("\n", "\r").contains("agentdata.access", "request_id=r");
        assertThat(logging).containsKey("agentdata.access.level");
    }
}
