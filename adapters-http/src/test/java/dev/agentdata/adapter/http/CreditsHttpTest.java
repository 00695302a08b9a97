package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

@StorageServer(value = StorageServer.Settings.TEST_SERVER, fixedClock = true)
class CreditsHttpTest {
    private static final UUID ADMIN = UUID.randomUUID();
    private final Http http;

    CreditsHttpTest(Http1Client client) {
        this.http = new Http(client);
    }

    private static void assertProblem(Http.Resp r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    private static String newUser() {
        return Tokens.valid(UUID.randomUUID());
    }

    private Http.Resp topUp(String token, Object amount, String key) {
        return http.call(Method.POST, "/api/v1/credits/top-up", token, Map.of("amount", amount, "idempotency_key", key));
    }

    private long balance(String token) {
        Http.Resp r = http.call(Method.GET, "/api/v1/credits", token, null);
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("balance").asLong();
    }

    @Test
    void newUser_hasBalanceZero() {
        Http.Resp r = http.call(Method.GET, "/api/v1/credits", newUser(), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw()).isEqualTo("{\"balance\":0}");
    }

    @Test
    void topUp_is201ThenReplayIs200WithTheSameTransaction() {
        String u = newUser();
        Http.Resp first = topUp(u, 100, "k-1");
        Http.Resp again = topUp(u, 100, "k-1");
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        JsonNode tx = first.json();
        assertThat(tx.get("type").asText()).isEqualTo("top_up");
        assertThat(tx.get("amount").asLong()).isEqualTo(100);
        assertThat(tx.get("running_balance").asLong()).isEqualTo(100);
        assertThat(tx.get("created_at").asText()).isEqualTo("2026-11-24T10:15:30.123456Z");
        assertThat(tx.get("metadata").isObject()).isTrue();
        assertThat(balance(u)).isEqualTo(100);
        assertProblem(topUp(u, 50, "k-1"), 409);
        assertThat(balance(u)).isEqualTo(100);
    }

    @Test
    void topUp_badValuesAre422_badShapesAre400() {
        String u = newUser();
        assertProblem(topUp(u, 0, "k-2"), 422);
        assertProblem(topUp(u, -5, "k-3"), 422);
        Http.Resp longKey = topUp(u, 5, "k".repeat(129));
        assertProblem(longKey, 422);
        assertThat(longKey.json().get("errors").get(0).get("path").asText()).isEqualTo("idempotency_key");
        assertThat(topUp(u, 5, "k".repeat(128)).status()).isEqualTo(201);
        assertProblem(http.call(Method.POST, "/api/v1/credits/top-up", u, Map.of("amount", 5)), 400);
        assertProblem(http.call(Method.POST, "/api/v1/credits/top-up", u, Map.of("idempotency_key", "x")), 400);
        assertProblem(topUp(u, "5", "k-4"), 400);
        assertProblem(topUp(u, 1.5, "k-5"), 400);
        assertProblem(http.call(Method.POST, "/api/v1/credits/top-up", u,
                Map.of("amount", 5, "idempotency_key", "k-6", "extra", 1)), 400);
        assertThat(balance(u)).isEqualTo(5);
    }

    @Test
    void transactions_areNewestFirstInPages() {
        String u = newUser();
        for (int i = 1; i <= 3; i++) {
            topUp(u, i, "p-" + i);
        }
        Http.Resp p1 = http.call(Method.GET, "/api/v1/credits/transactions?limit=2", u, null);
        assertThat(p1.status()).as(p1.raw()).isEqualTo(200);
        assertThat(p1.json().get("items")).hasSize(2);
        assertThat(p1.json().get("items").get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("id", "amount", "type", "running_balance", "created_at", "metadata");
        String cursor = p1.json().get("next_cursor").asText();
        Http.Resp p2 = http.call(Method.GET, "/api/v1/credits/transactions?limit=2&cursor=" + cursor, u, null);
        assertThat(p2.json().get("items")).hasSize(1);
        assertThat(p2.json().get("next_cursor").isNull()).isTrue();
        assertThat(http.call(Method.GET, "/api/v1/credits/transactions?include_total=true", u, null).json()
                .get("total").asLong()).isEqualTo(3);
        assertProblem(http.call(Method.GET, "/api/v1/credits/transactions?cursor=forged", u, null), 400);
        assertProblem(http.call(Method.GET, "/api/v1/credits/transactions?limit=0", u, null), 400);
    }

    @Test
    void autoTopUp_defaultsThenRoundTrips() {
        String u = newUser();
        Http.Resp d = http.call(Method.GET, "/api/v1/credits/auto-top-up", u, null);
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.raw()).isEqualTo("{\"enabled\":false,\"threshold\":0,\"amount\":null}");
        Http.Resp put = http.call(Method.PUT, "/api/v1/credits/auto-top-up", u,
                Map.of("enabled", true, "threshold", 10, "amount", 50));
        assertThat(put.status()).as(put.raw()).isEqualTo(200);
        assertThat(http.call(Method.GET, "/api/v1/credits/auto-top-up", u, null).raw())
                .isEqualTo("{\"enabled\":true,\"threshold\":10,\"amount\":50}");
        assertProblem(http.call(Method.PUT, "/api/v1/credits/auto-top-up", u,
                Map.of("enabled", true, "threshold", -1, "amount", 0)), 422);
        assertProblem(http.call(Method.PUT, "/api/v1/credits/auto-top-up", u, Map.of("threshold", 1, "amount", 5)), 400);
        assertProblem(http.call(Method.PUT, "/api/v1/credits/auto-top-up", u, Map.of("enabled", true, "threshold", 1)), 400);
        Map<String, Object> readBack = new java.util.HashMap<>();
        readBack.put("enabled", false);
        readBack.put("threshold", 0);
        readBack.put("amount", null);
        assertThat(http.call(Method.PUT, "/api/v1/credits/auto-top-up", u, readBack).raw())
                .isEqualTo("{\"enabled\":false,\"threshold\":0,\"amount\":null}");
        assertThat(http.call(Method.PUT, "/api/v1/credits/auto-top-up", u,
                Map.of("enabled", false, "threshold", 0, "amount", 5)).raw())
                .isEqualTo("{\"enabled\":false,\"threshold\":0,\"amount\":5}");
        assertProblem(http.call(Method.PUT, "/api/v1/credits/auto-top-up", u,
                Map.of("enabled", "yes", "threshold", 1, "amount", 5)), 400);
    }

    @Test
    void grant_isForAdminsOnly() {
        UUID target = UUID.randomUUID();
        String targetToken = Tokens.valid(target);
        balance(targetToken);
        String path = "/api/v1/admin/credits/" + target + "/grant";
        assertProblem(http.call(Method.POST, path, targetToken, Map.of("amount", 5, "reason", "x")), 403);
        Http.Resp ok = http.call(Method.POST, path, Tokens.admin(ADMIN), Map.of("amount", 25, "reason", "welcome"));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(201);
        assertThat(ok.json().get("type").asText()).isEqualTo("grant");
        assertThat(ok.json().get("metadata").get("reason").asText()).isEqualTo("welcome");
        assertThat(balance(targetToken)).isEqualTo(25);
        assertProblem(http.call(Method.POST, path, Tokens.admin(ADMIN), Map.of("amount", 0, "reason", "x")), 422);
        assertProblem(http.call(Method.POST, path, Tokens.admin(ADMIN), Map.of("reason", "x")), 400);
        assertProblem(http.call(Method.POST, path, Tokens.admin(ADMIN), Map.of("amount", 5)), 400);
        assertProblem(http.call(Method.POST, path, Tokens.admin(ADMIN), Map.of("amount", 5, "reason", "")), 422);
        assertProblem(http.call(Method.POST, "/api/v1/admin/credits/" + UUID.randomUUID() + "/grant",
                Tokens.admin(ADMIN), Map.of("amount", 5, "reason", "x")), 404);
        assertProblem(http.call(Method.POST, "/api/v1/admin/credits/not-a-uuid/grant",
                Tokens.admin(ADMIN), Map.of("amount", 5, "reason", "x")), 404);
    }

    @Test
    void creditRoutes_refuseApiKeys() {
        String u = newUser();
        Http.Resp key = http.call(Method.POST, "/api/v1/api-keys", u,
                Map.of("name", "all", "permissions", List.of("read_graph", "execute_graph", "read_block")));
        String raw = key.json().get("key").asText();
        assertProblem(http.call(Method.GET, "/api/v1/credits", Map.of("X-API-Key", raw), null), 403);
        assertProblem(http.call(Method.POST, "/api/v1/credits/top-up", Map.of("X-API-Key", raw),
                Map.of("amount", 5, "idempotency_key", "k")), 403);
        assertProblem(http.call(Method.GET, "/api/v1/credits/auto-top-up", Map.of("X-API-Key", raw), null), 403);
    }
}
