package dev.agentdata.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import io.helidon.http.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.agentdata.adapter.http.route.Access;
import dev.agentdata.adapter.http.route.RouteTable;
import dev.agentdata.domain.apikey.ApiKeyPermission;
import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.user.UserContext;

/** The route table that the real feature services declare: the access each route of the contract demands. */
class RouteTableTest {
    private static final RouteTable ROUTES = ServiceWiring.on(Clock.systemUTC(), TestStorage.memory())
            .api(HttpSettings.of(Tokens.SECRET)).routes();
    private static final String ID = "3f1c2b9e-0f6a-4a57-9c3e-5b1f2f0c4d11";

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET, /api/v1/me, JWT_ONLY",
            "PATCH, /api/v1/me, JWT_ONLY",
            "GET, /api/v1/me/preferences, JWT_ONLY",
            "PATCH, /api/v1/me/preferences, JWT_ONLY",
            "GET, /api/v1/blocks, READ_BLOCK",
            "POST, /api/v1/graphs, JWT_ONLY",
            "GET, /api/v1/graphs, READ_GRAPH",
            "GET, /api/v1/graphs/ID, READ_GRAPH",
            "PUT, /api/v1/graphs/ID, JWT_ONLY",
            "DELETE, /api/v1/graphs/ID, JWT_ONLY",
            "GET, /api/v1/graphs/ID/versions, READ_GRAPH",
            "GET, /api/v1/graphs/ID/versions/3, READ_GRAPH",
            "PUT, /api/v1/graphs/ID/active-version, JWT_ONLY",
            "POST, /api/v1/graphs/ID/executions, EXECUTE_GRAPH",
            "GET, /api/v1/executions, READ_GRAPH",
            "GET, /api/v1/executions/ID, READ_GRAPH",
            "POST, /api/v1/executions/ID/status, EXECUTE_GRAPH",
            "POST, /api/v1/executions/ID/cancel, EXECUTE_GRAPH",
            "POST, /api/v1/executions/ID/node-executions, EXECUTE_GRAPH",
            "POST, /api/v1/executions/ID/node-executions/ID/status, EXECUTE_GRAPH",
            "GET, /api/v1/credits, JWT_ONLY",
            "POST, /api/v1/credits/top-up, JWT_ONLY",
            "GET, /api/v1/credits/transactions, JWT_ONLY",
            "GET, /api/v1/credits/auto-top-up, JWT_ONLY",
            "PUT, /api/v1/credits/auto-top-up, JWT_ONLY",
            "POST, /api/v1/admin/credits/ID/grant, ADMIN",
            "POST, /api/v1/api-keys, JWT_ONLY",
            "GET, /api/v1/api-keys, JWT_ONLY",
            "DELETE, /api/v1/api-keys/ID, JWT_ONLY",
            "POST, /api/v1/store/submissions, JWT_ONLY",
            "GET, /api/v1/store/submissions, JWT_ONLY",
            "PATCH, /api/v1/store/submissions/ID, JWT_ONLY",
            "DELETE, /api/v1/store/submissions/ID, JWT_ONLY",
            "GET, /api/v1/admin/store/submissions, ADMIN",
            "POST, /api/v1/admin/store/submissions/ID/review, ADMIN",
            "GET, /api/v1/store/listings, JWT_ONLY",
            "GET, /api/v1/store/listings/my-slug, JWT_ONLY",
            "POST, /api/v1/store/listings/my-slug/reviews, JWT_ONLY",
            "GET, /api/v1/admin/anything/new, ADMIN",
            "GET, /api/v1/unknown, JWT_ONLY",
            "DELETE, /api/v1/executions/ID, JWT_ONLY",
            "GET, /api/v1/graphs/ID/executions, JWT_ONLY"
    })
    void everyRouteOfTheContract_hasItsAccess(String method, String path, Access expected) {
        assertThat(ROUTES.accessFor(Method.create(method), path.replace("ID", ID))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @CsvSource({
            "GET, /api/v1/graphs, read_graph, true",
            "GET, /api/v1/executions/ID, read_graph, true",
            "POST, /api/v1/graphs/ID/executions, read_graph, false",
            "POST, /api/v1/graphs/ID/executions, execute_graph, true",
            "POST, /api/v1/executions/ID/cancel, execute_graph, true",
            "GET, /api/v1/blocks, execute_graph, false",
            "GET, /api/v1/blocks, read_block, true",
            "GET, /api/v1/me, read_graph, false",
            "POST, /api/v1/graphs, execute_graph, false",
            "GET, /api/v1/admin/store/submissions, read_graph, false",
            "PATCH, /api/v1/store/submissions/ID, execute_graph, false",
            "DELETE, /api/v1/store/submissions/ID, read_graph, false"
    })
    void apiKeys_mayUseOnlyTheirPermissionsRoutes(String method, String path, String permission, boolean allowed) {
        UserContext key = UserContext.ofApiKey(UUID.randomUUID(), UUID.randomUUID(),
                Set.of(ApiKeyPermission.fromWireName(permission).orElseThrow()));
        var check = assertThatCode(() -> ROUTES.accessFor(Method.create(method), path.replace("ID", ID)).check(key));
        if (allowed) {
            check.doesNotThrowAnyException();
        } else {
            check.isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/admin/store/submissions", "/api/v1/admin/credits/" + ID + "/grant"})
    void adminRoutes_needAnAdminToken(String path) {
        UserContext user = UserContext.ofToken(UUID.randomUUID(), false);
        UserContext admin = UserContext.ofToken(UUID.randomUUID(), true);
        assertThatThrownBy(() -> ROUTES.accessFor(Method.POST, path).check(user)).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> ROUTES.accessFor(Method.POST, path).check(admin)).doesNotThrowAnyException();
    }

    @Test
    void templates_matchWholeSegments_withOneTrailingSlash() {
        assertThat(ROUTES.templateOf("/api/v1/graphs/" + ID)).contains("/api/v1/graphs/{id}");
        assertThat(ROUTES.templateOf("/api/v1/graphs/" + ID + "/")).contains("/api/v1/graphs/{id}");
        assertThat(ROUTES.templateOf("/api/v1/graphs/")).contains("/api/v1/graphs");
        assertThat(ROUTES.templateOf("/api/v1/executions/" + ID + "/node-executions/x/status"))
                .contains("/api/v1/executions/{id}/node-executions/{node_execution_id}/status");
        assertThat(ROUTES.templateOf("/api/v1/graphs//")).isEmpty();
        assertThat(ROUTES.templateOf("/api/v1/graphs/" + ID + "//")).isEmpty();
        assertThat(ROUTES.templateOf("/api/v1/graphs/a/b/c/d")).isEmpty();
        assertThat(ROUTES.templateOf("/api/v1/graphsX")).isEmpty();
        assertThat(ROUTES.templateOf("api/v1/graphs")).isEmpty();
        assertThat(ROUTES.templateOf("")).isEmpty();
    }

    @Test
    void twoTemplatesMatchingOnePath_areAWiringMistake() {
        dev.agentdata.adapter.http.route.ApiService overlapping = routes -> routes
                .get("/api/v1/things/{id}", Access.JWT_ONLY, (req, res) -> res.send())
                .post("/api/v1/things/mine", Access.JWT_ONLY, (req, res) -> res.send());
        dev.agentdata.adapter.http.route.ApiService apart = routes -> routes
                .get("/api/v1/things/{id}", Access.JWT_ONLY, (req, res) -> res.send())
                .post("/api/v1/things/{id}/parts", Access.JWT_ONLY, (req, res) -> res.send())
                .post("/api/v1/others/mine", Access.JWT_ONLY, (req, res) -> res.send());

        assertThatThrownBy(() -> RouteTable.of(java.util.List.of(overlapping)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/api/v1/things/{id} and /api/v1/things/mine match the same paths");
        assertThatCode(() -> RouteTable.of(java.util.List.of(apart))).doesNotThrowAnyException();
    }
}
