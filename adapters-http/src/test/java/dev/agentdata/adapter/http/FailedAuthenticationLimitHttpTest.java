package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.Test;

/** API.md "Rate limits": failed authentications count per client address, 3 per 2 s here. */
@ServerTest
class FailedAuthenticationLimitHttpTest {
    private static final HttpApi API = RateLimitedApi.of(1_000, 3, Duration.ofSeconds(2));
    private final Http http;

    FailedAuthenticationLimitHttpTest(Http1Client client) {
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
    void givenAnAddressPastItsFailures_everyRequestFromItIsRefused_untilTheReset() throws InterruptedException {
        String valid = Tokens.valid(UUID.randomUUID());
        assertThat(http.call(Method.GET, "/api/v1/me", valid, null).status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(http.call(Method.GET, "/api/v1/me", Map.of("X-API-Key", "agd_guess" + i), null).status())
                    .as("failure " + (i + 1)).isEqualTo(401);
        }

        Http.Resp fourth = http.call(Method.GET, "/api/v1/me", "not-a-token", null);
        Http.Resp validButRefused = http.call(Method.GET, "/api/v1/me", valid, null);

        assertThat(fourth.status()).as(fourth.raw()).isEqualTo(429);
        assertThat(fourth.json().get("type").asText()).isEqualTo("https://agentdata.dev/problems/rate-limited");
        assertThat(validButRefused.status()).as("refused before its credentials are read").isEqualTo(429);
        long retryAfter = Long.parseLong(validButRefused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 2L);

        Thread.sleep(retryAfter * 1000 + 100);

        assertThat(http.call(Method.GET, "/api/v1/me", valid, null).status()).isEqualTo(200);
        assertThat(http.call(Method.GET, "/api/v1/me", Map.of(), null).status()).isEqualTo(401);
    }
}
