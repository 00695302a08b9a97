package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.createGraph;
import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
import static dev.agentdata.adapter.http.ConformanceFixtures.runnable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.Test;

/** API.md "Execution events" and the bounded execution reads, on memory storage (Postgres in the subclass). */
@StorageServer
class ApiConformanceEventsHttpTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String END = "<end>";
    private final Http http;
    private final WebServer server;
    private final HttpClient raw = HttpClient.newHttpClient();

    ApiConformanceEventsHttpTest(Http1Client client, WebServer server) {
        this.http = new Http(client);
        this.server = server;
    }

    private String running(String token) {
        String gid = createGraph(http, token, runnable("events")).get("id").asText();
        String id = ok(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of()), 201)
                .get("id").asText();
        ok(http.call(Method.POST, "/api/v1/executions/" + id + "/status", token, Map.of("status", "running")), 200);
        return id;
    }

    private String addNode(String token, String id) {
        return ok(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions", token,
                Map.of("node_id", "add")), 201).get("id").asText();
    }

    private void moveNode(String token, String id, String node, String status) {
        ok(http.call(Method.POST, "/api/v1/executions/" + id + "/node-executions/" + node + "/status", token,
                Map.of("status", status)), 200);
    }

    private void move(String token, String id, String status) {
        ok(http.call(Method.POST, "/api/v1/executions/" + id + "/status", token, Map.of("status", status)), 200);
    }

    /** Opens a stream; its lines arrive on the queue, then {@link #END} when the server closed it. */
    private BlockingQueue<String> open(String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        headers.forEach(req::header);
        HttpResponse<InputStream> res = raw.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/event-stream"));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(res.body(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // the stream was cut: same as its end
            }
            lines.add(END);
        });
        return lines;
    }

    /** The lines up to the stream's end (fails if it does not end within {@code max}). */
    private static List<String> untilEnd(BlockingQueue<String> lines, Duration max) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(line).as("the stream ended within %s; saw %s", max, seen).isNotNull();
            if (line.equals(END)) {
                return seen;
            }
            seen.add(line);
        }
    }

    /** The next {@code data:} line's JSON. */
    private static JsonNode nextData(BlockingQueue<String> lines) throws Exception {
        while (true) {
            String line = lines.poll(10, TimeUnit.SECONDS);
            assertThat(line).as("an event arrived").isNotNull().isNotEqualTo(END);
            if (line.startsWith("data:")) {
                return MAPPER.readTree(line.substring(5).trim());
            }
        }
    }

    private static List<Long> ids(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("id:")).map(l -> Long.parseLong(l.substring(3).trim())).toList();
    }

    @Test
    void aPage_listsEveryChangeInSeqOrder_cascadedNodesBeforeTheirGraphEvent() {
        String token = ConformanceFixtures.user();
        String id = running(token);
        addNode(token, id);
        String n = addNode(token, id);
        moveNode(token, id, n, "running");
        move(token, id, "cancelled");

        JsonNode page = ok(http.call(Method.GET, "/api/v1/executions/" + id + "/events?after=0&limit=100", token,
                null), 200);
        List<String> kinds = new ArrayList<>();
        page.get("items").forEach(e -> kinds.add(e.get("seq").asLong() + ":" + e.get("type").asText() + ":"
                + e.get(e.get("type").asText()).get("status").asText()));
        assertThat(kinds).containsExactly("1:graph_execution:queued", "2:graph_execution:running",
                "3:node_execution:queued", "4:node_execution:queued", "5:node_execution:running",
                "6:node_execution:cancelled", "7:node_execution:cancelled", "8:graph_execution:cancelled");
        assertThat(page.get("next_cursor").isNull()).isTrue();
        assertThat(page.get("items").get(7).get("graph_execution").get("stats").get("node_executions")
                .get("cancelled").asInt()).isEqualTo(2);

        JsonNode first = ok(http.call(Method.GET, "/api/v1/executions/" + id + "/events?limit=3", token, null), 200);
        assertThat(first.get("next_cursor").asText()).isEqualTo("3");
        JsonNode rest = ok(http.call(Method.GET, "/api/v1/executions/" + id + "/events?after=3&limit=100",
                Map.of("Authorization", "Bearer " + token, "Accept", "*/*"), null), 200);
        assertThat(rest.get("items").get(0).get("seq").asLong()).isEqualTo(4);
    }

    @Test
    void anotherUsersExecution_is404_andBadParametersAre400() {
        String owner = ConformanceFixtures.user();
        String id = running(owner);
        problem(http.call(Method.GET, "/api/v1/executions/" + id + "/events", ConformanceFixtures.user(), null), 404);
        problem(http.call(Method.GET, "/api/v1/executions/not-a-uuid/events", owner, null), 404);
        problem(http.call(Method.GET, "/api/v1/executions/" + id + "/events?after=-1", owner, null), 400);
        problem(http.call(Method.GET, "/api/v1/executions/" + id + "/events?limit=0", owner, null), 400);
        problem(http.call(Method.GET, "/api/v1/events?after=nonsense", owner, null), 400);
        problem(http.call(Method.GET, "/api/v1/executions/" + id + "/events", Map.of(), null), 401);
    }

    @Test
    void aStream_replaysAfterLastEventId_thenEndsAfterTheTerminalEvent() throws Exception {
        String token = ConformanceFixtures.user();
        String id = running(token);
        String n = addNode(token, id);
        moveNode(token, id, n, "running");
        moveNode(token, id, n, "completed");
        move(token, id, "completed");

        List<String> lines = untilEnd(open("/api/v1/executions/" + id + "/events", token,
                Map.of("Last-Event-ID", "3")), Duration.ofSeconds(10));

        assertThat(ids(lines)).containsExactly(4L, 5L, 6L);
        assertThat(lines.stream().map(l -> l.replace(" ", "")).toList()).contains("event:node_execution",
                "event:graph_execution");
        assertThat(ids(untilEnd(open("/api/v1/executions/" + id + "/events?after=5", token, Map.of()),
                Duration.ofSeconds(10)))).containsExactly(6L);
        assertThat(ids(untilEnd(open("/api/v1/executions/" + id + "/events", token, Map.of("Last-Event-ID", "6")),
                Duration.ofSeconds(5)))).isEmpty();
    }

    @Test
    void aStream_tailsLiveChanges_sendsKeepAlives_andEndsWithTheExecution() throws Exception {
        String token = ConformanceFixtures.user();
        String id = running(token);
        BlockingQueue<String> lines = open("/api/v1/executions/" + id + "/events", token, Map.of());
        assertThat(nextData(lines).get("seq").asLong()).isEqualTo(1);
        assertThat(nextData(lines).get("seq").asLong()).isEqualTo(2);

        String n = addNode(token, id);
        JsonNode added = nextData(lines);
        assertThat(added.get("node_execution").get("id").asText()).isEqualTo(n);
        String keepAlive = lines.poll(5, TimeUnit.SECONDS);
        while (keepAlive != null && keepAlive.isEmpty()) {
            keepAlive = lines.poll(5, TimeUnit.SECONDS);
        }
        assertThat(keepAlive).isEqualTo(": keep-alive");
        move(token, id, "failed");

        List<String> tail = untilEnd(lines, Duration.ofSeconds(10));
        assertThat(ids(tail)).containsExactly(4L, 5L);
    }

    @Test
    void aStream_endsWhenItsTokenExpires() throws Exception {
        UUID sub = UUID.randomUUID();
        String id = running(Tokens.valid(sub));
        String shortLived = Tokens.token("HS256", Tokens.SECRET, Tokens.claims(sub, "s@example.org", 2));

        long start = System.nanoTime();
        untilEnd(open("/api/v1/executions/" + id + "/events", shortLived, Map.of()), Duration.ofSeconds(10));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(500),
                Duration.ofSeconds(5));
    }

    @Test
    void theUserStream_sendsGraphEventsOfTheCallersExecutionsFromNowOn() throws Exception {
        String token = ConformanceFixtures.user();
        String before = running(token);
        BlockingQueue<String> lines = open("/api/v1/events", token, Map.of());
        running(ConformanceFixtures.user());

        String id = running(token);
        addNode(token, id);
        move(token, before, "completed");

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode e = nextData(lines);
            assertThat(e.get("type").asText()).isEqualTo("graph_execution");
            seen.add(e.get("execution_id").asText() + ":" + e.get("graph_execution").get("status").asText());
        }
        assertThat(seen).containsExactly(id + ":queued", id + ":running", before + ":completed");
    }

    @Test
    void theUserPage_resumesFromItsCursor() {
        String token = ConformanceFixtures.user();
        JsonNode now = ok(http.call(Method.GET, "/api/v1/events", token, null), 200);
        assertThat(now.get("items")).isEmpty();
        String id = running(token);

        JsonNode page = ok(http.call(Method.GET, "/api/v1/events?after=" + now.get("next_cursor").asText(), token,
                null), 200);

        assertThat(page.get("items")).extracting(e -> e.get("execution_id").asText() + ":" + e.get("seq").asLong())
                .containsExactly(id + ":1", id + ":2");
    }

    @Test
    void aRead_embedsTheFirst100NodeExecutions_andThePageRouteHasTheRest() {
        String token = ConformanceFixtures.user();
        String id = running(token);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 103; i++) {
            made.add(addNode(token, id));
        }
        moveNode(token, id, made.get(101), "running");

        JsonNode read = ok(http.call(Method.GET, "/api/v1/executions/" + id, token, null), 200);
        assertThat(read.get("node_executions")).hasSize(100);
        assertThat(read.get("node_executions").get(99).get("id").asText()).isEqualTo(made.get(99));
        assertThat(read.get("stats").get("node_executions").get("queued").asInt()).isEqualTo(102);
        JsonNode rest = ok(http.call(Method.GET, "/api/v1/executions/" + id + "/node-executions?cursor="
                + read.get("node_executions_next_cursor").asText(), token, null), 200);
        assertThat(rest.get("items")).extracting(n -> n.get("id").asText()).containsExactlyElementsOf(made.subList(100,
                103));
        assertThat(rest.get("next_cursor").isNull()).isTrue();
        JsonNode running = ok(http.call(Method.GET, "/api/v1/executions/" + id + "/node-executions?status=running",
                token, null), 200);
        assertThat(running.get("items")).extracting(n -> n.get("id").asText()).containsExactly(made.get(101));
        problem(http.call(Method.GET, "/api/v1/executions/" + id + "/node-executions?status=nope", token, null), 400);
        problem(http.call(Method.GET, "/api/v1/executions/" + id + "/node-executions", ConformanceFixtures.user(),
                null), 404);
    }
}
