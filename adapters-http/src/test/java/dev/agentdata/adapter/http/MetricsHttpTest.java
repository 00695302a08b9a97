package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.helidon.http.Method;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Timer;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.Test;

@ServerTest
class MetricsHttpTest {
    private static final HttpApi API = HttpApiTestServer.api(FakeUseCases.services(false));
    private final Http http;

    MetricsHttpTest(Http1Client client) {
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

    private static long count(String route, String status) {
        return Metrics.getCounter("agentdata.http.requests", Metrics.tags("route", route, "method", "GET", "status", status))
                .map(Counter::count).orElse(0L);
    }

    private static long timed(String route, String status) {
        return Metrics.getTimer("agentdata.http.latency", Metrics.tags("route", route, "method", "GET", "status", status))
                .map(Timer::count).orElse(0L);
    }

    /** A request the auth filter rejects never reaches routing: the route table still names its template. */
    @Test
    void requests_areCountedAndTimedByRouteTemplateAndStatus() {
        String route = "/api/v1/graphs/{id}";
        long ok = count(route, "200");
        long okTimed = timed(route, "200");
        long notFound = count(route, "404");
        long unauthorized = count("/api/v1/me", "401");
        long unknownPath = count("unmatched", "401");
        String token = Tokens.valid(UUID.randomUUID());
        http.call(Method.GET, "/api/v1/graphs/" + UUID.randomUUID(), token, null);
        http.call(Method.GET, "/api/v1/graphs/" + UUID.randomUUID(), token, null);
        http.call(Method.GET, "/api/v1/graphs/not-a-uuid", token, null);
        http.call(Method.GET, "/api/v1/me", Map.of(), null);
        http.call(Method.GET, "/api/v1/nowhere", Map.of(), null);
        eventually(() -> assertThat(count(route, "200")).isEqualTo(ok + 2));
        eventually(() -> assertThat(timed(route, "200")).isEqualTo(okTimed + 2));
        eventually(() -> assertThat(count(route, "404")).isEqualTo(notFound + 1));
        eventually(() -> assertThat(count("/api/v1/me", "401")).isEqualTo(unauthorized + 1));
        eventually(() -> assertThat(count("unmatched", "401")).isEqualTo(unknownPath + 1));
    }

    /** Meters are recorded after the response is sent, so the client may see it first. */
    private static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
