package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a scraper and an operator read from the real server: the whole {@code /observe/metrics} is valid Prometheus
 * text, requests carry their route template (a 401 too, and health without a trailing slash), and the health
 * details agree with themselves.
 */
class MetricsExpositionServerTest {
    private static final String SECRET = "exposition-test-secret-0123456789abcdefgh";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(AppConfig.from(ConfigLoader.load(Map.of(
                "STORAGE", "memory", "SERVER_PORT", "0", "SERVER_HOST", "127.0.0.1", "JWT_SECRET", SECRET))));
        String token = new TokenMinter(SECRET).mint(UUID.randomUUID(), "m@example.org", "M", false, Instant.now(),
                Duration.ofMinutes(5));
        get("/api/v1/blocks", null);
        get("/api/v1/me", token);
        get("/api/v1/graphs/" + UUID.randomUUID(), token);
        get("/api/v1/nowhere", token);
        get("/observe/health", null);
        get("/observe/health/ready", null);
        get("/observe/metrics", null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Meters are recorded after the response is sent: read until the last request above shows. */
    private static String metrics() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String text = get("/observe/metrics", null).body();
        while (!text.contains("route=\"/observe/metrics\"") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            text = get("/observe/metrics", null).body();
        }
        return text;
    }

    @Test
    void theWholeMetricsOutput_isValidPrometheusText_withoutQuantilesInTheLatencyHistogram() throws Exception {
        String text = metrics();

        assertThat(PrometheusText.problems(text)).as(text).isEmpty();
        assertThat(text).contains("# TYPE agentdata_http_latency_seconds histogram")
                .doesNotContain("quantile=");
    }

    @Test
    void aRequestRejectedByAuthentication_carriesItsRouteTemplate_onlyAnUndeclaredPathIsUnmatched() throws Exception {
        String text = metrics();

        assertThat(text).containsPattern("agentdata_http_requests_total\\{method=\"GET\",route=\"/api/v1/blocks\","
                + "[^}]*status=\"401\"")
                .containsPattern(
                        "agentdata_http_requests_total\\{method=\"GET\",route=\"unmatched\",[^}]*status=\"404\"");
    }

    @Test
    void observeRoutes_areLabelledWithoutATrailingSlash() throws Exception {
        String text = metrics();

        assertThat(text).contains("route=\"/observe/health\"", "route=\"/observe/health/ready\"",
                "route=\"/observe/metrics\"")
                .doesNotContain("route=\"/observe/health/\"", "route=\"/observe/metrics/\"");
    }

    @Test
    void healthDetails_agree_freeAndUsedAddUpToTheMaximum() throws Exception {
        JsonNode health = new ObjectMapper().readTree(get("/observe/health", null).body());
        JsonNode heap = null;
        JsonNode disk = null;
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals("heapMemory")) {
                heap = check.get("data");
            } else if (check.get("name").asText().equals("diskSpace")) {
                disk = check.get("data");
            }
        }

        assertThat(heap).as(health.toString()).isNotNull();
        long max = heap.get("maxBytes").asLong();
        long free = heap.get("freeBytes").asLong();
        assertThat(heap.get("usedBytes").asLong() + free).isEqualTo(max);
        assertThat(heap.get("percentFree").asText())
                .isEqualTo(String.format(Locale.ROOT, "%.2f%%", 100.0 * free / max));
        assertThat(disk).as(health.toString()).isNotNull();
        assertThat(disk.get("percentFree").asText()).isEqualTo(String.format(Locale.ROOT, "%.2f%%",
                100.0 * disk.get("freeBytes").asLong() / disk.get("totalBytes").asLong()));
    }
}
