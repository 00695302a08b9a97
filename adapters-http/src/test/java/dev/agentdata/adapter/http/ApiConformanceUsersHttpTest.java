package dev.agentdata.adapter.http;

import static dev.agentdata.adapter.http.ConformanceFixtures.exactFields;
import static dev.agentdata.adapter.http.ConformanceFixtures.ok;
import static dev.agentdata.adapter.http.ConformanceFixtures.paths;
import static dev.agentdata.adapter.http.ConformanceFixtures.problem;
import static dev.agentdata.adapter.http.ConformanceFixtures.timestamp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import org.junit.jupiter.api.Test;

/** API.md "Authentication" (JWT) and "Users", sentence by sentence, on the real services, on memory storage (Postgres in the subclass). */
@StorageServer
class ApiConformanceUsersHttpTest {
    private static final String[] PREF_FIELDS = {"max_emails_per_day", "notify_on_agent_run", "notify_on_zero_balance",
        "notify_on_low_balance", "notify_on_block_execution_failed", "notify_on_continuous_agent_error",
        "notify_on_daily_summary", "notify_on_weekly_summary", "notify_on_monthly_summary", "notify_on_agent_approved",
        "notify_on_agent_rejected"};
    private final Http http;

    ApiConformanceUsersHttpTest(Http1Client client) {
        this.http = new Http(client);
    }

    private static String email(UUID sub) {
        return "u" + sub.toString().substring(0, 8) + "@example.org";
    }

    @Test
    void me_hasEveryDocumentedFieldWithItsJsonType() {
        UUID sub = UUID.randomUUID();
        JsonNode me = ok(http.call(Method.GET, "/api/v1/me", Tokens.valid(sub), null), 200);
        exactFields(me, "id", "email", "email_verified", "name", "display_name", "created_at", "updated_at",
                "metadata", "timezone", "locale", "notification_preferences");
        assertThat(me.get("id").asText()).isEqualTo(sub.toString());
        assertThat(me.get("email").asText()).isEqualTo("u-" + sub.toString().substring(0, 8) + "@example.org");
        assertThat(me.get("email_verified").isBoolean()).isTrue();
        assertThat(me.get("name").isNull()).isTrue();
        assertThat(me.get("display_name").asText()).isEqualTo("u-" + sub.toString().substring(0, 8));
        timestamp(me.get("created_at"));
        timestamp(me.get("updated_at"));
        assertThat(me.get("metadata").isObject()).isTrue();
        assertThat(me.get("timezone").asText()).isEqualTo("UTC");
        assertThat(me.get("locale").asText()).isEqualTo("en-US");
        JsonNode prefs = me.get("notification_preferences");
        exactFields(prefs, PREF_FIELDS);
        assertThat(prefs.get("max_emails_per_day").isInt()).isTrue();
        assertThat(prefs.get("max_emails_per_day").asInt()).isEqualTo(3);
        for (int i = 1; i < PREF_FIELDS.length; i++) {
            assertThat(prefs.get(PREF_FIELDS[i]).isBoolean()).isTrue();
            assertThat(prefs.get(PREF_FIELDS[i]).asBoolean()).isTrue();
        }
        exactFields(ok(http.call(Method.GET, "/api/v1/me/preferences", Tokens.valid(sub), null), 200), PREF_FIELDS);
    }

    @Test
    void jwt_otherClaimsAreIgnored_andAdminRoleIsAccepted() {
        UUID sub = UUID.randomUUID();
        Map<String, Object> claims = Tokens.claims(sub, email(sub), 3600);
        claims.put("aud", List.of("x", "y"));
        claims.put("app_metadata", Map.of("provider", "email"));
        claims.put("session_id", 42);
        ok(http.call(Method.GET, "/api/v1/me", Tokens.token("HS256", Tokens.SECRET, claims), null), 200);
        ok(http.call(Method.GET, "/api/v1/me", Tokens.admin(UUID.randomUUID()), null), 200);
        UUID upper = UUID.randomUUID();
        Map<String, Object> upperSub = Tokens.claims(upper, email(upper), 3600);
        upperSub.put("sub", upper.toString().toUpperCase());
        Http.Resp r = http.call(Method.GET, "/api/v1/me", Tokens.token("HS256", Tokens.SECRET, upperSub), null);
        assertThat(r.status()).isIn(200, 401);
    }

    @Test
    void jwt_brokenTokens_are401Problems() {
        UUID sub = UUID.randomUUID();
        Map<String, Object> noExp = Tokens.claims(sub, email(sub), 3600);
        noExp.remove("exp");
        Map<String, Object> expired = Tokens.claims(sub, email(sub), -10);
        Map<String, Object> badSub = Tokens.claims(sub, email(sub), 3600);
        badSub.put("sub", "user-42");
        Map<String, Object> stringExp = Tokens.claims(sub, email(sub), 3600);
        stringExp.put("exp", "tomorrow");
        for (String token : List.of(Tokens.token("none", Tokens.SECRET, Tokens.claims(sub, email(sub), 3600)),
                Tokens.token("HS512", Tokens.SECRET, Tokens.claims(sub, email(sub), 3600)),
                Tokens.token("HS256", Tokens.SECRET, noExp), Tokens.token("HS256", Tokens.SECRET, expired),
                Tokens.token("HS256", Tokens.SECRET, badSub), Tokens.token("HS256", Tokens.SECRET, stringExp),
                Tokens.token("HS256", "wrong-secret-wrong-secret-wrong-secret-0123", Tokens.claims(sub, email(sub), 3600)))) {
            Http.Resp r = http.call(Method.GET, "/api/v1/me", token, null);
            problem(r, 401);
            assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        }
        String good = Tokens.valid(sub);
        String tampered = good.substring(0, good.length() - 3) + (good.endsWith("AAA") ? "BBB" : "AAA");
        problem(http.call(Method.GET, "/api/v1/graphs", tampered, null), 401);
        problem(http.call(Method.GET, "/api/v1/blocks", Map.of(), null), 401);
    }

    @Test
    void publicOperationsRoutes_needNoCredentials() {
        Http.Resp health = http.call(Method.GET, "/observe/health", Map.of(), null);
        assertThat(health.status()).isNotIn(401, 403);
        Http.Resp openapi = http.call(Method.GET, "/openapi", Map.of(), null);
        assertThat(openapi.status()).isNotIn(401, 403);
    }

    @Test
    void patchMe_thenSameClaimsKeepThePatch_andANewEmailClaimWins() {
        UUID sub = UUID.randomUUID();
        String token = Tokens.named(sub, email(sub), "Ada");
        JsonNode me = ok(http.call(Method.GET, "/api/v1/me", token, null), 200);
        assertThat(me.get("name").asText()).isEqualTo("Ada");
        String patchedEmail = "patched-" + email(sub);
        JsonNode patched = ok(http.call(Method.PATCH, "/api/v1/me", token,
                Map.of("email", patchedEmail, "name", "Countess")), 200);
        assertThat(patched.get("email").asText()).isEqualTo(patchedEmail);
        JsonNode again = ok(http.call(Method.GET, "/api/v1/me", Tokens.named(sub, email(sub), "Ada"), null), 200);
        assertThat(again.get("email").asText()).isEqualTo(patchedEmail);
        assertThat(again.get("name").asText()).isEqualTo("Countess");
        String providerEmail = "new-" + email(sub);
        JsonNode refreshed = ok(http.call(Method.GET, "/api/v1/me", Tokens.named(sub, providerEmail, "Ada"), null), 200);
        assertThat(refreshed.get("email").asText()).isEqualTo(providerEmail);
        assertThat(refreshed.get("name").asText()).isEqualTo("Countess");
        JsonNode renamed = ok(http.call(Method.GET, "/api/v1/me", Tokens.named(sub, providerEmail, "Ada K"), null), 200);
        assertThat(renamed.get("name").asText()).isEqualTo("Ada K");
        assertThat(renamed.get("display_name").asText()).isEqualTo("Ada K");
    }

    @Test
    void patchMe_updatesEachFieldAndReturnsTheWholeUser() {
        UUID sub = UUID.randomUUID();
        String token = Tokens.valid(sub);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timezone", "America/New_York");
        body.put("locale", "de-DE");
        body.put("metadata", Map.of("theme", "dark", "nested", Map.of("any_key", List.of(1, 2))));
        JsonNode u = ok(http.call(Method.PATCH, "/api/v1/me", token, body), 200);
        exactFields(u, "id", "email", "email_verified", "name", "display_name", "created_at", "updated_at",
                "metadata", "timezone", "locale", "notification_preferences");
        assertThat(u.get("timezone").asText()).isEqualTo("America/New_York");
        assertThat(u.get("locale").asText()).isEqualTo("de-DE");
        assertThat(u.get("metadata").get("nested").get("any_key").get(1).asInt()).isEqualTo(2);
        ok(http.call(Method.PATCH, "/api/v1/me", token, Map.of("timezone", "UTC")), 200);
        JsonNode me = ok(http.call(Method.GET, "/api/v1/me", token, null), 200);
        assertThat(me.get("timezone").asText()).isEqualTo("UTC");
        assertThat(me.get("locale").asText()).isEqualTo("de-DE");
        assertThat(me.get("metadata").get("theme").asText()).isEqualTo("dark");
        ok(http.call(Method.PATCH, "/api/v1/me", token, Map.of()), 200);
    }

    @Test
    void patchMe_badValuesAre422_takenEmail409_badShapes400() {
        UUID sub = UUID.randomUUID();
        String token = Tokens.valid(sub);
        ok(http.call(Method.GET, "/api/v1/me", token, null), 200);
        for (String bad : List.of("not-an-email", "a@b", "two@@example.org", "spa ce@example.org", "")) {
            assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("email", bad)), 422)))
                    .containsExactly("email");
        }
        for (String zone : List.of("Mars/Olympus", "Europe/Atlantis", "", "utc+25")) {
            assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("timezone", zone)), 422)))
                    .containsExactly("timezone");
        }
        for (String locale : List.of("not a locale", "", "xx-XX", "zz", "en_US!", "qq-QQ")) {
            assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("locale", locale)), 422)))
                    .as(locale).containsExactly("locale");
        }
        for (String locale : List.of("en", "en-GB", "pt-BR", "zh-Hant-TW", "es-419", "fil-PH")) {
            ok(http.call(Method.PATCH, "/api/v1/me", token, Map.of("locale", locale)), 200);
        }
        assertThat(paths(problem(http.call(Method.PATCH, "/api/v1/me", token,
                Map.of("email", "x", "timezone", "Nowhere/Town", "locale", "!!")), 422)))
                .containsExactlyInAnyOrder("email", "timezone", "locale");
        problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("name", "x".repeat(101))), 422);

        UUID other = UUID.randomUUID();
        String otherToken = Tokens.valid(other);
        String otherEmail = ok(http.call(Method.GET, "/api/v1/me", otherToken, null), 200).get("email").asText();
        problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("email", otherEmail)), 409);
        problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("email", "x", "id", UUID.randomUUID().toString())), 400);
        problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("display_name", "X")), 400);
        problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("integrations", Map.of())), 400);
        problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("name", 5)), 400);
        problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("metadata", "text")), 400);
        problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("metadata", List.of(1))), 400);
        problem(http.call(Method.PATCH, "/api/v1/me", token, Map.of("notification_preferences", Map.of())), 400);
        JsonNode me = ok(http.call(Method.GET, "/api/v1/me", token, null), 200);
        assertThat(me.get("email").asText()).isEqualTo("u-" + sub.toString().substring(0, 8) + "@example.org");
    }

    @Test
    void preferences_rangeTypesAndFalseStaysFalse() {
        String token = ConformanceFixtures.user();
        String path = "/api/v1/me/preferences";
        for (int ok : List.of(0, 100, 7)) {
            assertThat(ok(http.call(Method.PATCH, path, token, Map.of("max_emails_per_day", ok)), 200)
                    .get("max_emails_per_day").asInt()).isEqualTo(ok);
        }
        for (int bad : List.of(101, -1, 1000)) {
            assertThat(paths(problem(http.call(Method.PATCH, path, token, Map.of("max_emails_per_day", bad)), 422)))
                    .containsExactly("max_emails_per_day");
        }
        assertThat(paths(problem(http.call(Method.PATCH, path, token, Map.of("max_emails_per_day", "3")), 400)))
                .containsExactly("max_emails_per_day");
        problem(http.call(Method.PATCH, path, token, Map.of("max_emails_per_day", 2.5)), 400);
        problem(http.call(Method.PATCH, path, token, Map.of("max_emails_per_day", true)), 400);
        problem(http.call(Method.PATCH, path, token, Map.of("notify_on_agent_run", "false")), 400);
        problem(http.call(Method.PATCH, path, token, Map.of("notify_on_everything", false)), 400);
        problem(http.call(Method.PATCH, path, token, "[]"), 400);
        JsonNode all = ok(http.call(Method.PATCH, path, token, Map.of("notify_on_zero_balance", false,
                "notify_on_agent_rejected", false)), 200);
        exactFields(all, PREF_FIELDS);
        assertThat(all.get("notify_on_zero_balance").asBoolean()).isFalse();
        assertThat(all.get("notify_on_agent_rejected").asBoolean()).isFalse();
        assertThat(all.get("notify_on_low_balance").asBoolean()).isTrue();
        assertThat(all.get("max_emails_per_day").asInt()).isEqualTo(7);
        ok(http.call(Method.PATCH, path, token, Map.of("notify_on_low_balance", true)), 200);
        JsonNode read = ok(http.call(Method.GET, path, token, null), 200);
        assertThat(read.get("notify_on_zero_balance").asBoolean()).isFalse();
        assertThat(read.get("notify_on_agent_rejected").asBoolean()).isFalse();
        JsonNode viaMe = ok(http.call(Method.GET, "/api/v1/me", token, null), 200).get("notification_preferences");
        assertThat(viaMe).isEqualTo(read);
        ok(http.call(Method.PATCH, "/api/v1/me", token, Map.of("name", "Keeps prefs")), 200);
        assertThat(ok(http.call(Method.GET, path, token, null), 200)).isEqualTo(read);
    }
}
