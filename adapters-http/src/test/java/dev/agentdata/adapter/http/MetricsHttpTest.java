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
    private static final HttpApi API = HttpApiTestServer.api(Fakes.useCases(false));
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

    @Test
    void requests_areCountedAndTimedByRouteTemplateAndStatus() {
        String token = Tokens.valid(UUID.randomUUID());
        http.call(Method.GET, "/api/v1/graphs/" + UUID.randomUUID(), token, null);
        http.call(Method.GET, "/api/v1/graphs/" + UUID.randomUUID(), token, null);
        http.call(Method.GET, "/api/v1/graphs/not-a-uuid", token, null);
        var ok = Metrics.tags("route", "/api/v1/graphs/{id}", "method", "GET", "status", "200");
        var notFound = Metrics.tags("route", "/api/v1/graphs/{id}", "method", "GET", "status", "404");
        assertThat(Metrics.getCounter("agentdata.http.requests", ok).map(Counter::count)).contains(2L);
        assertThat(Metrics.getCounter("agentdata.http.requests", notFound).map(Counter::count)).contains(1L);
        assertThat(Metrics.getTimer("agentdata.http.latency", ok).map(Timer::count)).contains(2L);
        http.call(Method.GET, "/api/v1/me", Map.of(), null);
        assertThat(Metrics.getCounter("agentdata.http.requests",
                Metrics.tags("route", "unmatched", "method", "GET", "status", "401")).map(Counter::count)).contains(1L);
    }
}
