package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.createGraph;
import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.Method;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.storage.OpenedStorage;

/**
 * Two servers on one Postgres (each with its own services and outbox waker; they share the test's connection pool):
 * changes made through server A reach a stream opened on server B, each once, in seq
 * order, woken by B's one outbox waker. Prints the commit-to-delivery latency (event {@code created_at}, the
 * statement's transaction time, to the moment B's stream hands the line over) over 240 events.
 */
class TwoServersEventDeliveryTest {
    private static final int CHANGES = 240;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aStreamOnServerB_getsEveryChangeCommittedThroughServerA_promptly() throws Exception {
        TestStorage shared = TestStorage.postgres();
        // server B: its own services and waker over the same database (closed with server A)
        TestStorage sameDatabase = new TestStorage(shared.ports(),
                OpenedStorage.of(shared.ports(), "server B's view", () -> { }));
        try (TestServer a = TestServer.start(shared, StorageServer.Settings.DEFAULTS, Clock.systemUTC());
             TestServer b = TestServer.start(sameDatabase, StorageServer.Settings.DEFAULTS, Clock.systemUTC())) {
            Http viaA = new Http(a.client());
            String token = ConformanceFixtures.user();
            String gid = createGraph(viaA, token, runnable("two servers")).get("id").asText();
            String id = ok(viaA.call(Method.POST, "/api/v1/graphs/" + gid + "/executions", token, Map.of()), 201)
                    .get("id").asText();
            ok(viaA.call(Method.POST, "/api/v1/executions/" + id + "/status", token, Map.of("status", "running")), 200);

            HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + b.server().port() + "/api/v1/executions/" + id + "/events"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                    .header("Last-Event-ID", "2").build(), HttpResponse.BodyHandlers.ofInputStream());
            List<long[]> received = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> read(stream.body(), received));

            for (int i = 0; i < CHANGES; i++) {
                ok(viaA.call(Method.POST, "/api/v1/executions/" + id + "/node-executions", token,
                        Map.of("node_id", "add")), 201);
                Thread.sleep(4);
            }
            ok(viaA.call(Method.POST, "/api/v1/executions/" + id + "/status", token, Map.of("status", "cancelled")),
                    200);
            reader.get(60, TimeUnit.SECONDS);

            List<Long> seqs = received.stream().map(r -> r[0]).toList();
            assertThat(seqs).hasSize(CHANGES * 2 + 1);
            for (int i = 0; i < seqs.size(); i++) {
                assertThat(seqs.get(i)).isEqualTo(i + 3L);
            }
            List<Long> latencies = received.subList(0, CHANGES).stream().map(r -> r[1]).sorted().toList();
            long p50 = latencies.get(latencies.size() / 2);
            long p99 = latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1);
            System.out.printf("two servers, %d events A -> stream on B: commit-to-delivery p50 %.1f ms, p99 %.1f ms,"
                    + " max %.1f ms%n", CHANGES, p50 / 1000.0, p99 / 1000.0, latencies.getLast() / 1000.0);
            assertThat(p99).as("p99 in microseconds (goal 100 ms; a loaded test machine gets slack)")
                    .isLessThan(1_000_000);
        }
    }

    /** Collects {seq, latency in microseconds} of each event until the stream ends. */
    private static void read(InputStream body, List<long[]> received) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("data:")) {
                    Instant now = Instant.now();
                    JsonNode e = MAPPER.readTree(line.substring(5).trim());
                    Instant committed = Instant.parse(e.get("created_at").asText());
                    received.add(new long[] {e.get("seq").asLong(),
                        java.time.Duration.between(committed, now).toNanos() / 1000});
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
