package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ServerTest
class AuthHttpTest {
    private static final HttpApi API = HttpApiTestServer.api(FakeUseCases.services(true));
    private final Http http;

    AuthHttpTest(Http1Client client) {
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

    private static void assertProblem(Http.Resp r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().has("type") && r.json().has("title") && r.json().has("detail")).isTrue();
        assertThat(r.raw()).doesNotContain("Exception", "java.", "at dev.");
    }

    @Test
    void noCredentials_is401Problem() {
        assertProblem(http.call(Method.GET, "/api/v1/me", Map.of(), null), 401);
    }

    @Test
    void validToken_getsOrCreatesTheUser() {
        UUID sub = UUID.randomUUID();
        Http.Resp r = http.call(Method.GET, "/api/v1/me", Tokens.valid(sub), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asText()).isEqualTo(sub.toString());
        assertThat(r.json().has("integrations")).isFalse();
        assertThat(r.json().get("display_name").asText()).isEqualTo("u-" + sub.toString().substring(0, 8));
        assertThat(r.json().get("notification_preferences").size()).isEqualTo(11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "HS512", "HS384"})
    void tokenWithAnyAlgorithmButHs256_is401EvenIfSigned(String alg) {
        String token = Tokens.token(alg, Tokens.SECRET, Tokens.claims(UUID.randomUUID(), "a@b.io", 3600));
        assertProblem(http.call(Method.GET, "/api/v1/me", token, null), 401);
    }

    @Test
    void tokensThatDoNotCheckOut_are401() {
        UUID sub = UUID.randomUUID();
        Map<String, Object> noExp = Tokens.claims(sub, "a@b.io", 3600);
        noExp.remove("exp");
        Map<String, Object> expired = Tokens.claims(sub, "a@b.io", 0);
        expired.put("exp", 1_000_000);
        Map<String, Object> badSub = Tokens.claims(sub, "a@b.io", 3600);
        badSub.put("sub", "not-a-uuid");
        Map<String, Object> noEmail = Tokens.claims(sub, "a@b.io", 3600);
        noEmail.remove("email");
        for (String token : new String[] {
                Tokens.token("HS256", "another-secret-another-secret-0123456789", Tokens.claims(sub, "a@b.io", 3600)),
                Tokens.token("HS256", Tokens.SECRET, noExp), Tokens.token("HS256", Tokens.SECRET, expired),
                Tokens.token("HS256", Tokens.SECRET, badSub), Tokens.token("HS256", Tokens.SECRET, noEmail),
                "garbage", "a.b.c"}) {
            assertProblem(http.call(Method.GET, "/api/v1/me", token, null), 401);
        }
        assertProblem(http.call(Method.GET, "/api/v1/me", Map.of("Authorization", "Basic abc"), null), 401);
    }

    @Test
    void apiKey_mayUseOnlyItsPermissionsRoutes() {
        String gid = UUID.randomUUID().toString();
        assertThat(http.call(Method.GET, "/api/v1/graphs/" + gid, Map.of("X-API-Key", FakeUseCases.READ_KEY), null).status())
                .isEqualTo(200);
        assertProblem(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions",
                Map.of("X-API-Key", FakeUseCases.READ_KEY), Map.of("inputs", Map.of())), 403);
        assertThat(http.call(Method.POST, "/api/v1/graphs/" + gid + "/executions",
                Map.of("X-API-Key", FakeUseCases.EXEC_KEY), Map.of("inputs", Map.of())).status()).isEqualTo(201);
        assertProblem(http.call(Method.GET, "/api/v1/me", Map.of("X-API-Key", FakeUseCases.READ_KEY), null), 403);
        assertProblem(http.call(Method.GET, "/api/v1/blocks", Map.of("X-API-Key", FakeUseCases.READ_KEY), null), 403);
        assertThat(http.call(Method.GET, "/api/v1/blocks", Map.of("X-API-Key", FakeUseCases.BLOCK_KEY), null).status())
                .isEqualTo(200);
        assertProblem(http.call(Method.GET, "/api/v1/graphs", Map.of("X-API-Key", "agd_" + "A".repeat(43)), null), 401);
    }

    @Test
    void adminRoutes_are403ForUsersAndKeys() {
        String path = "/api/v1/admin/store/submissions";
        assertProblem(http.call(Method.GET, path, Tokens.valid(UUID.randomUUID()), null), 403);
        assertProblem(http.call(Method.GET, path, Map.of("X-API-Key", FakeUseCases.READ_KEY), null), 403);
        assertProblem(http.call(Method.GET, "/api/v1/admin/no-such-route", Tokens.admin(UUID.randomUUID()), null), 404);
    }

    @Test
    void nonApiPaths_needNoCredentials() {
        Http.Resp r = http.call(Method.GET, "/observe/nothing-here", Map.of(), null);
        assertProblem(r, 404);
    }

    @Test
    void requestId_isEchoedOrGenerated() {
        Http.Resp echoed = http.call(Method.GET, "/api/v1/me", Map.of("X-Request-Id", "abc-123"), null);
        assertThat(echoed.header("X-Request-Id")).isEqualTo("abc-123");
        Http.Resp fresh = http.call(Method.GET, "/api/v1/me", Tokens.valid(UUID.randomUUID()), null);
        assertThat(fresh.header("X-Request-Id")).isNotBlank();
    }
}
