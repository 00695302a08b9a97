package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.exactFields;
import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.paths;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
import static dev.agentdata.adapter.http.ConformanceFixtures.timestamp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.Test;

/** API.md "Credits" (and the node charge of "Executions"), sentence by sentence, on the real services and memory storage. */
@ServerTest
class ApiConformanceCreditsHttpTest {
    private static final HttpApi API = HttpApiTestServer.api(ServiceWiring.on(java.time.Clock.systemUTC(), TestStorage.memory()));
    private static final String[] TX_FIELDS = {"id", "amount", "type", "running_balance", "created_at", "metadata"};
    private final Http http;

    ApiConformanceCreditsHttpTest(Http1Client client) {
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

    private static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private Http.Resp topUp(String token, Object amount, String key) {
        return http.call(Method.POST, "/api/v1/credits/top-up", token, body("amount", amount, "idempotency_key", key));
    }

    private long balance(String token) {
        return ok(http.call(Method.GET, "/api/v1/credits", token, null), 200).get("balance").asLong();
    }

    private JsonNode transactions(String token) {
        return ok(http.call(Method.GET, "/api/v1/credits/transactions?limit=100", token, null), 200).get("items");
    }

    private static void transaction(JsonNode tx, String type, long amount, long runningBalance) {
        exactFields(tx, TX_FIELDS);
        assertThat(UUID.fromString(tx.get("id").asText())).isNotNull();
        assertThat(tx.get("type").asText()).isEqualTo(type);
        assertThat(tx.get("amount").isIntegralNumber()).isTrue();
        assertThat(tx.get("amount").asLong()).isEqualTo(amount);
        assertThat(tx.get("running_balance").isIntegralNumber()).isTrue();
        assertThat(tx.get("running_balance").asLong()).isEqualTo(runningBalance);
        timestamp(tx.get("created_at"));
        assertThat(tx.get("metadata").isObject()).isTrue();
    }

    @Test
    void balance_ofANewUser_isExactlyZero() {
        Http.Resp r = http.call(Method.GET, "/api/v1/credits", ConformanceFixtures.user(), null);
        exactFields(ok(r, 200), "balance");
        assertThat(r.json().get("balance").isIntegralNumber()).isTrue();
        assertThat(r.json().get("balance").asLong()).isZero();
    }

    @Test
    void topUp_is201Transaction_replayIs200SameTransaction_otherAmountIs409() {
        String u = ConformanceFixtures.user();
        JsonNode first = ok(topUp(u, 40, "order-1"), 201);
        transaction(first, "top_up", 40, 40);
        JsonNode replay = ok(topUp(u, 40, "order-1"), 200);
        assertThat(replay).isEqualTo(first);
        assertThat(balance(u)).isEqualTo(40);
        assertThat(problem(topUp(u, 41, "order-1"), 409).get("detail").asText()).isNotBlank();
        assertThat(balance(u)).isEqualTo(40);
        transaction(ok(topUp(u, 2, "order-2"), 201), "top_up", 2, 42);
        assertThat(transactions(u)).hasSize(2);
    }

    @Test
    void topUp_keysBelongToTheirUser() {
        String a = ConformanceFixtures.user();
        String b = ConformanceFixtures.user();
        JsonNode ta = ok(topUp(a, 5, "shared-key"), 201);
        JsonNode tb = ok(topUp(b, 7, "shared-key"), 201);
        assertThat(tb.get("id")).isNotEqualTo(ta.get("id"));
        assertThat(balance(a)).isEqualTo(5);
        assertThat(balance(b)).isEqualTo(7);
    }

    @Test
    void topUp_valuesBreakingRulesAre422_everyOneListed() {
        String u = ConformanceFixtures.user();
        assertThat(paths(problem(topUp(u, 0, "z"), 422))).containsExactly("amount");
        assertThat(paths(problem(topUp(u, -5, "z"), 422))).containsExactly("amount");
        assertThat(paths(problem(topUp(u, 5, "k".repeat(129)), 422))).containsExactly("idempotency_key");
        assertThat(paths(problem(topUp(u, 0, "k".repeat(129)), 422)))
                .containsExactlyInAnyOrder("amount", "idempotency_key");
        ok(topUp(u, 5, "k".repeat(128)), 201);
        assertThat(balance(u)).isEqualTo(5);
    }

    @Test
    void topUp_wrongShapesAre400() {
        String u = ConformanceFixtures.user();
        problem(topUp(u, "5", "s1"), 400);
        problem(topUp(u, 2.5, "s2"), 400);
        problem(topUp(u, true, "s3"), 400);
        problem(topUp(u, 5, null), 400);
        problem(topUp(u, null, "s4"), 400);
        problem(http.call(Method.POST, "/api/v1/credits/top-up", u, body("amount", 5)), 400);
        problem(http.call(Method.POST, "/api/v1/credits/top-up", u, body("idempotency_key", "s5")), 400);
        problem(http.call(Method.POST, "/api/v1/credits/top-up", u, body("amount", 5, "idempotency_key", 7)), 400);
        problem(http.call(Method.POST, "/api/v1/credits/top-up", u,
                body("amount", 5, "idempotency_key", "s6", "currency", "EUR")), 400);
        problem(http.call(Method.POST, "/api/v1/credits/top-up", u, "{\"amount\": 5,"), 400);
        problem(http.call(Method.POST, "/api/v1/credits/top-up", u, "[]"), 400);
        assertThat(balance(u)).isZero();
    }

    @Test
    void topUp_shapeIsCheckedBeforeTheKeysState() {
        String u = ConformanceFixtures.user();
        ok(topUp(u, 10, "once"), 201);
        problem(topUp(u, 0, "once"), 422);
        problem(topUp(u, "10", "once"), 400);
        assertThat(balance(u)).isEqualTo(10);
    }

    @Test
    void transactions_newestFirst_exactFields_keysetPagesWithTotal() {
        String u = ConformanceFixtures.user();
        for (int i = 1; i <= 23; i++) {
            ok(topUp(u, i, "p-" + i), 201);
        }
        JsonNode first = ok(http.call(Method.GET, "/api/v1/credits/transactions", u, null), 200);
        exactFields(first, "items", "next_cursor");
        assertThat(first.get("items")).hasSize(20);
        assertThat(first.get("items").get(0).get("amount").asLong()).isEqualTo(23);
        assertThat(first.get("items").get(0).get("running_balance").asLong()).isEqualTo(23 * 24 / 2);
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            String q = "/api/v1/credits/transactions?limit=7&include_total=true" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = ok(http.call(Method.GET, q, u, null), 200);
            exactFields(page, "items", "next_cursor", "total");
            assertThat(page.get("total").asLong()).isEqualTo(23);
            page.get("items").forEach(all::add);
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);
        assertThat(all).hasSize(23);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            JsonNode tx = all.get(i);
            long amount = 23 - i;
            transaction(tx, "top_up", amount, amount * (amount + 1) / 2);
            ids.add(tx.get("id").asText());
            if (i > 0) {
                // as instants: the text of a whole millisecond is shorter ("...41.407Z" sorts after "...41.407825Z")
                assertThat(java.time.Instant.parse(tx.get("created_at").asText()))
                        .isBeforeOrEqualTo(java.time.Instant.parse(all.get(i - 1).get("created_at").asText()));
            }
        }
        assertThat(ids).hasSize(23);
        JsonNode last = ok(http.call(Method.GET, "/api/v1/credits/transactions?limit=23", u, null), 200);
        assertThat(last.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void transactions_badQueryParameters_are400() {
        String u = ConformanceFixtures.user();
        for (String q : List.of("limit=0", "limit=101", "limit=x", "cursor=not-issued", "include_total=maybe")) {
            problem(http.call(Method.GET, "/api/v1/credits/transactions?" + q, u, null), 400);
        }
        ok(http.call(Method.GET, "/api/v1/credits/transactions?limit=100", u, null), 200);
        ok(http.call(Method.GET, "/api/v1/credits/transactions?limit=1", u, null), 200);
    }

    @Test
    void transactions_areOnlyTheCallers() {
        String a = ConformanceFixtures.user();
        ok(topUp(a, 3, "mine"), 201);
        JsonNode page = ok(http.call(Method.GET, "/api/v1/credits/transactions?include_total=true",
                ConformanceFixtures.user(), null), 200);
        assertThat(page.get("items")).isEmpty();
        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void autoTopUp_defaultsBeforeAnyPut_thenRoundTrips() {
        String u = ConformanceFixtures.user();
        JsonNode d = ok(http.call(Method.GET, "/api/v1/credits/auto-top-up", u, null), 200);
        exactFields(d, "enabled", "threshold", "amount");
        assertThat(d.get("enabled").asBoolean()).isFalse();
        assertThat(d.get("threshold").isIntegralNumber()).isTrue();
        assertThat(d.get("threshold").asLong()).isZero();
        assertThat(d.get("amount").isNull()).isTrue();
        JsonNode put = ok(http.call(Method.PUT, "/api/v1/credits/auto-top-up", u,
                body("enabled", true, "threshold", 0, "amount", 1)), 200);
        assertThat(put.toString()).isEqualTo("{\"enabled\":true,\"threshold\":0,\"amount\":1}");
        assertThat(ok(http.call(Method.GET, "/api/v1/credits/auto-top-up", u, null), 200)).isEqualTo(put);
    }

    @Test
    void autoTopUp_putRulesAre422_shapesAre400() {
        String u = ConformanceFixtures.user();
        String path = "/api/v1/credits/auto-top-up";
        assertThat(paths(problem(http.call(Method.PUT, path, u, body("enabled", true, "threshold", -1, "amount", 5)), 422)))
                .containsExactly("threshold");
        assertThat(paths(problem(http.call(Method.PUT, path, u, body("enabled", true, "threshold", 1, "amount", 0)), 422)))
                .containsExactly("amount");
        assertThat(paths(problem(http.call(Method.PUT, path, u, body("enabled", true, "threshold", -1, "amount", -1)), 422)))
                .containsExactlyInAnyOrder("threshold", "amount");
        problem(http.call(Method.PUT, path, u, body("enabled", "true", "threshold", 1, "amount", 5)), 400);
        problem(http.call(Method.PUT, path, u, body("enabled", true, "threshold", "1", "amount", 5)), 400);
        problem(http.call(Method.PUT, path, u, body("enabled", true, "threshold", 1, "amount", 5, "currency", "x")), 400);
        problem(http.call(Method.PUT, path, u, body("enabled", true, "threshold", 1.5, "amount", 5)), 400);
        assertThat(ok(http.call(Method.GET, path, u, null), 200).toString())
                .isEqualTo("{\"enabled\":false,\"threshold\":0,\"amount\":null}");
    }

    @Test
    void grant_byAdmin_is201GrantTransaction_othersAre403_unknownUserIs404() {
        UUID target = UUID.randomUUID();
        String targetToken = Tokens.valid(target);
        balance(targetToken);
        String admin = Tokens.admin(UUID.randomUUID());
        String path = "/api/v1/admin/credits/" + target + "/grant";
        JsonNode g = ok(http.call(Method.POST, path, admin, body("amount", 30, "reason", "welcome")), 201);
        transaction(g, "grant", 30, 30);
        assertThat(balance(targetToken)).isEqualTo(30);
        assertThat(transactions(targetToken).get(0)).isEqualTo(g);
        problem(http.call(Method.POST, path, targetToken, body("amount", 30, "reason", "me")), 403);
        problem(http.call(Method.POST, path, Map.<String, String>of(), body("amount", 30, "reason", "me")), 401);
        problem(http.call(Method.POST, "/api/v1/admin/credits/" + UUID.randomUUID() + "/grant", admin,
                body("amount", 1, "reason", "x")), 404);
        problem(http.call(Method.POST, "/api/v1/admin/credits/12345/grant", admin, body("amount", 1, "reason", "x")), 404);
        assertThat(paths(problem(http.call(Method.POST, path, admin, body("amount", -1, "reason", "x")), 422)))
                .containsExactly("amount");
        problem(http.call(Method.POST, path, admin, body("amount", "1", "reason", "x")), 400);
        problem(http.call(Method.POST, path, admin, body("amount", 1, "reason", "x", "extra", 1)), 400);
        assertThat(balance(targetToken)).isEqualTo(30);
    }

    @Test
    void creditRoutes_needAJwt() {
        String u = ConformanceFixtures.user();
        String key = ok(http.call(Method.POST, "/api/v1/api-keys", u, body("name", "all",
                "permissions", List.of("read_graph", "execute_graph", "read_block"))), 201).get("key").asText();
        Map<String, String> viaKey = Map.of("X-API-Key", key);
        problem(http.call(Method.GET, "/api/v1/credits", viaKey, null), 403);
        problem(http.call(Method.GET, "/api/v1/credits/transactions", viaKey, null), 403);
        problem(http.call(Method.PUT, "/api/v1/credits/auto-top-up", viaKey,
                body("enabled", true, "threshold", 1, "amount", 5)), 403);
        problem(http.call(Method.POST, "/api/v1/credits/top-up", viaKey, body("amount", 5, "idempotency_key", "k")), 403);
        problem(http.call(Method.GET, "/api/v1/credits", Map.of(), null), 401);
        assertThat(balance(u)).isZero();
    }
}
