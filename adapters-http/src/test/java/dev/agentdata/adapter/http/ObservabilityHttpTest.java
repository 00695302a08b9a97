package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.helidon.http.Method;
import io.helidon.metrics.api.Bucket;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Timer;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.http.observe.ObservabilityFilter;
import dev.agentdata.adapter.http.problem.ProblemMapper;

/** The latency histogram's buckets and the one-line access log, with the 5xx line sharing the request id. */
@ServerTest
class ObservabilityHttpTest {
    private static final HttpApi API = HttpApiTestServer.api(FakeUseCases.services(false));
    private final Http http;
    private final List<LogRecord> access = new CopyOnWriteArrayList<>();
    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Logger accessLogger = Logger.getLogger(ObservabilityFilter.ACCESS_LOGGER);
    private final Logger errorLogger = Logger.getLogger(ProblemMapper.class.getName());
    private final Handler accessHandler = collecting(access);
    private final Handler errorHandler = collecting(errors);

    ObservabilityHttpTest(Http1Client client) {
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

    @BeforeEach
    void listen() {
        accessLogger.addHandler(accessHandler);
        errorLogger.addHandler(errorHandler);
    }

    @AfterEach
    void stopListening() {
        accessLogger.removeHandler(accessHandler);
        errorLogger.removeHandler(errorHandler);
    }

    private static Handler collecting(List<LogRecord> into) {
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                into.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        h.setLevel(Level.ALL);
        return h;
    }

    @Test
    void latency_isAHistogramWithFixedBucketsByRouteAndStatus() {
        String token = Tokens.valid(UUID.randomUUID());
        http.call(Method.GET, "/api/v1/graphs/" + UUID.randomUUID(), token, null);

        eventually(() -> {
            Timer timer = Metrics.getTimer("agentdata.http.latency",
                    Metrics.tags("route", "/api/v1/graphs/{id}", "method", "GET", "status", "200")).orElseThrow();
            List<Double> bounds = new ArrayList<>();
            for (Bucket b : timer.snapshot().histogramCounts()) {
                bounds.add(b.boundary(TimeUnit.MILLISECONDS));
            }
            assertThat(bounds).contains(5.0, 50.0, 250.0, 1000.0, 10000.0);
            assertThat(timer.snapshot().histogramCounts()).last().satisfies(b -> assertThat(b.count()).isPositive());
        });
    }

    @Test
    void everyRequest_writesOneKeyValueAccessLine_withRouteStatusRequestIdAndUser() {
        UUID user = UUID.randomUUID();
        UUID graph = UUID.randomUUID();
        http.call(Method.GET, "/api/v1/graphs/" + graph,
                Map.of("Authorization", "Bearer " + Tokens.valid(user), "X-Request-Id", "acc-1"), null);
        http.call(Method.GET, "/api/v1/me", Map.of("X-Request-Id", "acc-2"), null);

        eventually(() -> assertThat(lines(access)).anySatisfy(l -> assertThat(l).matches(
                "method=GET path=/api/v1/graphs/" + graph + " route=/api/v1/graphs/\\{id} status=200 ms=\\d+\\.\\d"
                        + " request_id=acc-1 user=" + user)));
        eventually(() -> assertThat(lines(access)).anySatisfy(l -> assertThat(l)
                .startsWith("method=GET path=/api/v1/me route=/api/v1/me status=401 ms=")
                .endsWith(" request_id=acc-2 user=-")));
        assertThat(lines(access)).allSatisfy(l -> assertThat(l).doesNotContain("\n"));
    }

    @Test
    void aServerError_logsTheSameRequestIdInTheErrorAndTheAccessLine() {
        FakeUseCases.NEXT_FAILURE.set(new IllegalStateException("boom"));
        http.call(Method.GET, "/api/v1/executions/" + UUID.randomUUID(),
                Map.of("Authorization", "Bearer " + Tokens.valid(UUID.randomUUID()), "X-Request-Id", "err-7"), null);

        eventually(() -> assertThat(lines(errors)).anySatisfy(l -> assertThat(l)
                .contains("status=500").contains("request_id=err-7")));
        eventually(() -> assertThat(lines(access)).anySatisfy(l -> assertThat(l)
                .contains("status=500").contains("request_id=err-7")));
    }

    private static List<String> lines(List<LogRecord> records) {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    /** Meters and the access line are written after the response is sent, so the client may see it first. */
    private static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError | java.util.NoSuchElementException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
