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

/** API.md "Rate limits", per identified caller: 5 requests per 2 s here. */
@ServerTest
class RateLimitHttpTest {
    private static final int LIMIT = 5;
    private static final HttpApi API = RateLimitedApi.of(LIMIT, 1_000, Duration.ofSeconds(2));
    private final Http http;

    RateLimitHttpTest(Http1Client client) {
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

    private Http.Resp me(String token) {
        return http.call(Method.GET, "/api/v1/me", token, null);
    }

    private static void assertRefused(Http.Resp r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(429);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asText()).isEqualTo("https://agentdata.dev/problems/rate-limited");
        assertThat(r.json().get("status").asInt()).isEqualTo(429);
        assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 2L);
        assertThat(r.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(r.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void givenACaller_eachResponseReportsTheQuota_andPastItIs429WithRetryAfter() {
        String token = Tokens.valid(UUID.randomUUID());
        for (int i = 1; i <= LIMIT; i++) {
            Http.Resp r = me(token);
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
            assertThat(r.header("RateLimit-Limit")).isEqualTo(String.valueOf(LIMIT));
            assertThat(r.header("RateLimit-Remaining")).isEqualTo(String.valueOf(LIMIT - i));
            assertThat(Long.parseLong(r.header("RateLimit-Reset"))).isBetween(1L, 2L);
        }

        assertRefused(me(token));
        assertRefused(me(token));
    }

    @Test
    void givenACallerRefused_afterRetryAfter_itsQuotaIsWholeAgain() throws InterruptedException {
        String token = Tokens.valid(UUID.randomUUID());
        for (int i = 0; i < LIMIT; i++) {
            me(token);
        }
        Http.Resp refused = me(token);
        assertRefused(refused);

        Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000 + 100);

        Http.Resp again = me(token);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("RateLimit-Remaining")).isEqualTo(String.valueOf(LIMIT - 1));
    }

    @Test
    void eachApiKey_countsApartFromItsOwnersToken_andFromTheOtherKeys() {
        String owner = Tokens.valid(RateLimitedApi.OWNER);
        for (int i = 0; i < LIMIT; i++) {
            me(owner);
        }
        assertRefused(me(owner));

        Http.Resp keyA = http.call(Method.GET, "/api/v1/graphs", Map.of("X-API-Key", RateLimitedApi.freshKey()), null);
        Http.Resp keyB = http.call(Method.GET, "/api/v1/graphs", Map.of("X-API-Key", RateLimitedApi.freshKey()), null);

        assertThat(keyA.status()).as(keyA.raw()).isEqualTo(200);
        assertThat(keyA.header("RateLimit-Remaining")).isEqualTo(String.valueOf(LIMIT - 1));
        assertThat(keyB.status()).as(keyB.raw()).isEqualTo(200);
        assertThat(keyB.header("RateLimit-Remaining")).isEqualTo(String.valueOf(LIMIT - 1));
    }

    @Test
    void everyApiResponseToAnIdentifiedCaller_carriesTheHeaders_errorsIncluded() {
        String token = Tokens.valid(UUID.randomUUID());

        Http.Resp notFound = http.call(Method.GET, "/api/v1/graphs/not-a-uuid", token, null);
        Http.Resp forbidden = http.call(Method.GET, "/api/v1/me", Map.of("X-API-Key", RateLimitedApi.freshKey()), null);

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.header("RateLimit-Remaining")).isEqualTo(String.valueOf(LIMIT - 1));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("RateLimit-Limit")).isEqualTo(String.valueOf(LIMIT));
    }

    @Test
    void requestsOutsideTheApi_areNeitherCountedNorReported() {
        Http.Resp outside = http.call(Method.GET, "/not-the-api", Map.of(), null);

        assertThat(outside.header("RateLimit-Limit")).isNull();
    }
}
