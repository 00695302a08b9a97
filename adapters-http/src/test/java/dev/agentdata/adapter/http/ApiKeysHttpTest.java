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
class ApiKeysHttpTest {
    private final Http http;

    ApiKeysHttpTest(Http1Client client) {
        this.http = new Http(client);
    }

    private static void assertProblem(Http.Resp r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    private Http.Resp create(String token, Object permissions) {
        return http.call(Method.POST, "/api/v1/api-keys", token, Map.of("name", "ci", "permissions", permissions));
    }

    @Test
    void create_showsTheKeyOnce_listNeverDoes() {
        String u = Tokens.valid(UUID.randomUUID());
        Http.Resp r = create(u, List.of("read_graph", "execute_graph"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        JsonNode k = r.json();
        assertThat(k.get("key").asText()).startsWith("agd_").hasSize(47).matches("agd_[A-Za-z0-9_-]{43}");
        assertThat(k.get("status").asText()).isEqualTo("active");
        assertThat(k.get("last_used_at").isNull()).isTrue();
        assertThat(k.get("head").asText()).isEqualTo(k.get("key").asText().substring(0, 8));
        assertThat(k.get("key").asText()).endsWith(k.get("tail").asText());
        assertThat(k.get("permissions")).extracting(JsonNode::asText).containsExactly("read_graph", "execute_graph");
        assertThat(k.fieldNames()).toIterable().containsExactly("id", "name", "key", "head", "tail", "permissions",
                "status", "created_at", "last_used_at");
        Http.Resp list = http.call(Method.GET, "/api/v1/api-keys", u, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().isArray()).isTrue();
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).has("key")).isFalse();
        assertThat(list.raw()).doesNotContain(k.get("key").asText());
        assertThat(http.call(Method.GET, "/api/v1/api-keys", Tokens.valid(UUID.randomUUID()), null).raw()).isEqualTo("[]");
    }

    @Test
    void key_actsForItsOwnerWithinItsPermissions_untilRevoked() {
        String u = Tokens.valid(UUID.randomUUID());
        JsonNode k = create(u, List.of("read_graph")).json();
        Map<String, String> viaKey = Map.of("X-API-Key", k.get("key").asText());
        assertThat(http.call(Method.GET, "/api/v1/graphs", viaKey, null).status()).isEqualTo(200);
        assertProblem(http.call(Method.GET, "/api/v1/api-keys", viaKey, null), 403);
        assertProblem(http.call(Method.POST, "/api/v1/api-keys", viaKey,
                Map.of("name", "x", "permissions", List.of("read_graph"))), 403);
        assertThat(http.call(Method.GET, "/api/v1/api-keys", u, null).json().get(0).get("last_used_at").asText())
                .isEqualTo("2026-11-24T10:15:30.123456Z");
        Http.Resp del = http.call(Method.DELETE, "/api/v1/api-keys/" + k.get("id").asText(), u, null);
        assertThat(del.status()).isEqualTo(204);
        assertThat(del.raw()).isEmpty();
        assertProblem(http.call(Method.GET, "/api/v1/graphs", viaKey, null), 401);
        assertProblem(http.call(Method.GET, "/api/v1/me", viaKey, null), 401);
        assertThat(http.call(Method.GET, "/api/v1/api-keys", u, null).json().get(0).get("status").asText())
                .isEqualTo("revoked");
        assertProblem(http.call(Method.GET, "/api/v1/graphs", Map.of("X-API-Key", "agd_" + "A".repeat(43)), null), 401);
    }

    @Test
    void key_onAKnownPathWithAMethodItDoesNotServe_gets405LikeAToken() {
        String u = Tokens.valid(UUID.randomUUID());
        Map<String, String> viaKey = Map.of("X-API-Key", create(u, List.of("read_graph")).json().get("key").asText());
        for (Method method : List.of(Method.DELETE, Method.PATCH)) {
            Http.Resp r = http.call(method, "/api/v1/graphs", viaKey, null);
            assertProblem(r, 405);
            assertThat(r.header("Allow")).isEqualTo("GET, POST");
        }
        assertProblem(http.call(Method.PUT, "/api/v1/blocks", viaKey, Map.of()), 405);
        assertProblem(http.call(Method.DELETE, "/api/v1/admin/store/submissions", viaKey, null), 403);
        assertProblem(http.call(Method.DELETE, "/api/v1/graphs", Map.of("X-API-Key", "agd_" + "A".repeat(43)), null),
                401);
    }

    @Test
    void revoke_ofAnotherUsersOrMalformedId_is404() {
        String owner = Tokens.valid(UUID.randomUUID());
        String id = create(owner, List.of()).json().get("id").asText();
        assertProblem(http.call(Method.DELETE, "/api/v1/api-keys/" + id, Tokens.valid(UUID.randomUUID()), null), 404);
        assertProblem(http.call(Method.DELETE, "/api/v1/api-keys/nope", owner, null), 404);
        assertThat(http.call(Method.GET, "/api/v1/api-keys", owner, null).json().get(0).get("status").asText())
                .isEqualTo("active");
    }

    @Test
    void create_rejectsUnknownPermissionsAndMissingFields() {
        String u = Tokens.valid(UUID.randomUUID());
        Http.Resp bogus = create(u, List.of("read_graph", "admin"));
        assertProblem(bogus, 400);
        assertThat(bogus.json().get("errors").get(0).get("path").asText()).isEqualTo("permissions[1]");
        assertProblem(http.call(Method.POST, "/api/v1/api-keys", u, Map.of("name", "x")), 400);
        assertProblem(http.call(Method.POST, "/api/v1/api-keys", u, Map.of("permissions", List.of())), 400);
        assertProblem(create(u, "read_graph"), 400);
        assertProblem(http.call(Method.POST, "/api/v1/api-keys", u, Map.of("name", " ", "permissions", List.of())), 422);
        assertThat(http.call(Method.GET, "/api/v1/api-keys", u, null).raw()).isEqualTo("[]");
    }
}
