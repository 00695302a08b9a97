package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

import dev.agentdata.domain.graph.BuiltInBlocks;

/**
 * API.md's authorization rules, route by route: every route of the contract against every kind of caller (no or
 * broken credentials, the owner, another user, API keys with and without the route's permission, revoked and
 * unknown keys, admins and non-admins), on the real server with the memory storage.
 */
class AuthorizationMatrixTest {
    private static final String SECRET = "authz-matrix-secret-authz-matrix-secret-01";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String[] LEAKS = {"Exception", "java.", "dev.agentdata", "\tat ", "nimbus", "SQL"};

    private static RunningServer server;
    private static UUID ownerId;
    private static String owner;
    private static String other;
    private static String admin;
    private static String publisher;
    private static Map<String, String> keys;
    private static String listedSlug;

    /** What a route demands: an API-key permission (JWTs have them all), a JWT, or an admin JWT. */
    private enum Needs { READ_GRAPH, EXECUTE_GRAPH, READ_BLOCK, JWT, ADMIN }

    /** One request: method, path (with query) and JSON body or null. */
    private record Call(String method, String path, Object body) {
    }

    /**
     * One route of API.md: what it needs, whether it touches a resource of the owner (then another user gets 404),
     * the statuses a permitted caller gets, and how to build a request on fresh resources.
     */
    private record Route(String method, String template, Needs needs, boolean owned, Set<Integer> success,
                         Function<Fixtures, Call> call) {
        String name() {
            return method + " " + template;
        }
    }

    /** A caller and what the route should answer it; {@code expected} null means the route's success statuses. */
    private record Case(String caller, Map<String, String> headers, Integer expected) {
    }

    @BeforeAll
    static void start() {
        // hundreds of deliberately bad credentials from one address: the failed-authentication limit is off here
        // (SharedRateLimitServerTest and the HTTP adapter's rate-limit tests cover it)
        AppConfig config = AppConfig.from(ConfigLoader.load(Map.of(
                "STORAGE", "memory", "SERVER_PORT", "0", "SERVER_HOST", "127.0.0.1", "JWT_SECRET", SECRET,
                "RATE_LIMIT_UNAUTHENTICATED", "0")));
        server = RunningServer.start(config);
        ownerId = UUID.randomUUID();
        owner = jwt("HS256", SECRET, claims(ownerId, false));
        other = jwt("HS256", SECRET, claims(UUID.randomUUID(), false));
        admin = jwt("HS256", SECRET, claims(UUID.randomUUID(), true));
        publisher = jwt("HS256", SECRET, claims(UUID.randomUUID(), false));
        keys = new LinkedHashMap<>();
        keys.put("read_graph", key(owner, List.of("read_graph")));
        keys.put("execute_graph", key(owner, List.of("execute_graph")));
        keys.put("read_block", key(owner, List.of("read_block")));
        keys.put("all", key(owner, List.of("read_graph", "execute_graph", "read_block")));
        keys.put("other-all", key(other, List.of("read_graph", "execute_graph", "read_block")));
        JsonNode revoked = created(send(bearer(owner), new Call("POST", "/api/v1/api-keys",
                Map.of("name", "revoked", "permissions", List.of("read_graph", "execute_graph", "read_block")))));
        expect(send(bearer(owner), new Call("DELETE", "/api/v1/api-keys/" + revoked.get("id").asText(), null)), 204);
        keys.put("revoked", revoked.get("key").asText());
        Fixtures publishing = new Fixtures(publisher);
        listedSlug = "listed-" + shortId();
        String submission = publishing.submission(publishing.graph(), listedSlug);
        approve(submission);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<Route> routes() {
        Set<Integer> ok = Set.of(200);
        Set<Integer> created = Set.of(201);
        Set<Integer> noContent = Set.of(204);
        return List.of(
                route("GET", "/api/v1/me", Needs.JWT, false, ok, f -> call("GET", "/api/v1/me", null)),
                route("PATCH", "/api/v1/me", Needs.JWT, false, ok, f -> call("PATCH", "/api/v1/me", Map.of("locale", "en-GB"))),
                route("GET", "/api/v1/me/preferences", Needs.JWT, false, ok, f -> call("GET", "/api/v1/me/preferences", null)),
                route("PATCH", "/api/v1/me/preferences", Needs.JWT, false, ok,
                        f -> call("PATCH", "/api/v1/me/preferences", Map.of("max_emails_per_day", 5))),
                route("GET", "/api/v1/blocks", Needs.READ_BLOCK, false, ok, f -> call("GET", "/api/v1/blocks", null)),
                route("POST", "/api/v1/graphs", Needs.JWT, false, created, f -> call("POST", "/api/v1/graphs", graphBody())),
                route("GET", "/api/v1/graphs", Needs.READ_GRAPH, false, ok, f -> call("GET", "/api/v1/graphs", null)),
                route("GET", "/api/v1/graphs/{id}", Needs.READ_GRAPH, true, ok,
                        f -> call("GET", "/api/v1/graphs/" + f.graph(), null)),
                route("PUT", "/api/v1/graphs/{id}", Needs.JWT, true, ok,
                        f -> call("PUT", "/api/v1/graphs/" + f.graph(), graphBody())),
                route("DELETE", "/api/v1/graphs/{id}", Needs.JWT, true, noContent,
                        f -> call("DELETE", "/api/v1/graphs/" + f.graph(), null)),
                route("GET", "/api/v1/graphs/{id}/versions", Needs.READ_GRAPH, true, ok,
                        f -> call("GET", "/api/v1/graphs/" + f.graph() + "/versions", null)),
                route("GET", "/api/v1/graphs/{id}/versions/{version}", Needs.READ_GRAPH, true, ok,
                        f -> call("GET", "/api/v1/graphs/" + f.graph() + "/versions/1", null)),
                route("PUT", "/api/v1/graphs/{id}/active-version", Needs.JWT, true, ok,
                        f -> call("PUT", "/api/v1/graphs/" + f.graph() + "/active-version", Map.of("version", 1))),
                route("POST", "/api/v1/graphs/{id}/executions", Needs.EXECUTE_GRAPH, true, created,
                        f -> call("POST", "/api/v1/graphs/" + f.graph() + "/executions", Map.of("inputs", Map.of()))),
                route("GET", "/api/v1/executions", Needs.READ_GRAPH, false, ok,
                        f -> call("GET", "/api/v1/executions?status=queued", null)),
                route("GET", "/api/v1/executions/{id}", Needs.READ_GRAPH, true, ok,
                        f -> call("GET", "/api/v1/executions/" + f.execution(), null)),
                route("GET", "/api/v1/executions/{id}/node-executions", Needs.READ_GRAPH, true, ok,
                        f -> call("GET", "/api/v1/executions/" + f.execution() + "/node-executions", null)),
                route("GET", "/api/v1/executions/{id}/events", Needs.READ_GRAPH, true, ok,
                        f -> call("GET", "/api/v1/executions/" + f.execution() + "/events", null)),
                route("GET", "/api/v1/events", Needs.READ_GRAPH, false, ok, f -> call("GET", "/api/v1/events", null)),
                route("POST", "/api/v1/executions/{id}/status", Needs.EXECUTE_GRAPH, true, ok,
                        f -> call("POST", "/api/v1/executions/" + f.execution() + "/status", Map.of("status", "running"))),
                route("POST", "/api/v1/executions/{id}/cancel", Needs.EXECUTE_GRAPH, true, ok,
                        f -> call("POST", "/api/v1/executions/" + f.execution() + "/cancel", Map.of())),
                route("POST", "/api/v1/executions/{id}/node-executions", Needs.EXECUTE_GRAPH, true, created,
                        f -> call("POST", "/api/v1/executions/" + f.execution() + "/node-executions",
                                Map.of("node_id", "add", "inputs", Map.of()))),
                route("POST", "/api/v1/executions/{id}/node-executions/{node_execution_id}/status", Needs.EXECUTE_GRAPH,
                        true, ok, f -> {
                            String e = f.execution();
                            return call("POST", "/api/v1/executions/" + e + "/node-executions/" + f.nodeExecution(e)
                                    + "/status", Map.of("status", "running"));
                        }),
                route("GET", "/api/v1/credits", Needs.JWT, false, ok, f -> call("GET", "/api/v1/credits", null)),
                route("POST", "/api/v1/credits/top-up", Needs.JWT, false, created, f -> call("POST", "/api/v1/credits/top-up",
                        Map.of("amount", 10, "idempotency_key", UUID.randomUUID().toString()))),
                route("GET", "/api/v1/credits/transactions", Needs.JWT, false, ok,
                        f -> call("GET", "/api/v1/credits/transactions", null)),
                route("GET", "/api/v1/credits/auto-top-up", Needs.JWT, false, ok,
                        f -> call("GET", "/api/v1/credits/auto-top-up", null)),
                route("PUT", "/api/v1/credits/auto-top-up", Needs.JWT, false, ok, f -> call("PUT",
                        "/api/v1/credits/auto-top-up", Map.of("enabled", true, "threshold", 0, "amount", 10))),
                route("POST", "/api/v1/admin/credits/{user_id}/grant", Needs.ADMIN, false, created,
                        f -> call("POST", "/api/v1/admin/credits/" + ownerId + "/grant", Map.of("amount", 5, "reason", "r"))),
                route("POST", "/api/v1/api-keys", Needs.JWT, false, created, f -> call("POST", "/api/v1/api-keys",
                        Map.of("name", "k", "permissions", List.of("read_graph")))),
                route("GET", "/api/v1/api-keys", Needs.JWT, false, ok, f -> call("GET", "/api/v1/api-keys", null)),
                route("DELETE", "/api/v1/api-keys/{id}", Needs.JWT, true, noContent,
                        f -> call("DELETE", "/api/v1/api-keys/" + f.apiKey(), null)),
                route("POST", "/api/v1/store/submissions", Needs.JWT, true, created,
                        f -> call("POST", "/api/v1/store/submissions", submissionBody(f.graph(), "s-" + shortId()))),
                route("GET", "/api/v1/store/submissions", Needs.JWT, false, ok,
                        f -> call("GET", "/api/v1/store/submissions", null)),
                route("PATCH", "/api/v1/store/submissions/{id}", Needs.JWT, true, ok,
                        f -> call("PATCH", "/api/v1/store/submissions/" + f.submission(f.graph(), "e-" + shortId()),
                                Map.of("name", "Renamed"))),
                route("DELETE", "/api/v1/store/submissions/{id}", Needs.JWT, true, noContent,
                        f -> call("DELETE", "/api/v1/store/submissions/" + f.submission(f.graph(), "d-" + shortId()), null)),
                route("GET", "/api/v1/admin/store/submissions", Needs.ADMIN, false, ok,
                        f -> call("GET", "/api/v1/admin/store/submissions?status=pending", null)),
                route("POST", "/api/v1/admin/store/submissions/{id}/review", Needs.ADMIN, false, ok,
                        f -> call("POST", "/api/v1/admin/store/submissions/" + f.submission(f.graph(), "r-" + shortId())
                                + "/review", Map.of("decision", "reject", "comment", "no"))),
                route("GET", "/api/v1/store/listings", Needs.JWT, false, ok,
                        f -> call("GET", "/api/v1/store/listings?sort=recent", null)),
                route("GET", "/api/v1/store/listings/{slug}", Needs.JWT, false, ok,
                        f -> call("GET", "/api/v1/store/listings/" + listedSlug, null)),
                route("POST", "/api/v1/store/listings/{slug}/reviews", Needs.JWT, false, Set.of(200, 201),
                        f -> call("POST", "/api/v1/store/listings/" + listedSlug + "/reviews",
                                Map.of("score", 4, "comments", "fine"))));
    }

    private static List<Case> cases(Route route) {
        List<Case> out = new ArrayList<>();
        Map<String, Object> noExp = claims(UUID.randomUUID(), false);
        noExp.remove("exp");
        Map<String, Object> expired = claims(UUID.randomUUID(), false);
        expired.put("exp", Instant.now().getEpochSecond() - 60);
        out.add(new Case("no credentials", Map.of(), 401));
        out.add(new Case("expired JWT", bearer(jwt("HS256", SECRET, expired)), 401));
        out.add(new Case("JWT signed with another secret",
                bearer(jwt("HS256", "another-secret-another-secret-another-1", claims(ownerId, false))), 401));
        out.add(new Case("JWT with alg none", bearer(jwt("none", SECRET, claims(ownerId, false))), 401));
        out.add(new Case("JWT signed HS512", bearer(jwt("HS512", SECRET, claims(ownerId, false))), 401));
        out.add(new Case("JWT without exp", bearer(jwt("HS256", SECRET, noExp)), 401));
        out.add(new Case("revoked API key", apiKey(keys.get("revoked")), 401));
        out.add(new Case("unknown API key", apiKey("agd_" + "x".repeat(43)), 401));
        if (route.needs() == Needs.ADMIN) {
            out.add(new Case("non-admin JWT", bearer(owner), 403));
            out.add(new Case("admin JWT", bearer(admin), null));
        } else {
            out.add(new Case("owner JWT", bearer(owner), null));
        }
        if (route.owned()) {
            out.add(new Case("another user's JWT", bearer(other), 404));
            out.add(new Case("an admin's JWT (not the owner)", bearer(admin), 404));
        }
        for (String permission : List.of("read_graph", "execute_graph", "read_block")) {
            boolean fits = route.needs().name().equalsIgnoreCase(permission);
            out.add(new Case("API key with only " + permission, apiKey(keys.get(permission)), fits ? null : 403));
        }
        boolean keyRoute = route.needs() != Needs.JWT && route.needs() != Needs.ADMIN;
        out.add(new Case("API key with every permission", apiKey(keys.get("all")), keyRoute ? null : 403));
        if (route.owned() && keyRoute) {
            out.add(new Case("another user's API key", apiKey(keys.get("other-all")), 404));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyRoute_answersEveryKindOfCallerAsApiMdSays() {
        List<Route> routes = routes();
        int size = routes.stream().mapToInt(r -> cases(r).size()).sum();
        System.out.println("authorization matrix: " + routes.size() + " routes, " + size + " route x caller cases");
        return routes.stream().flatMap(route -> cases(route).stream().map(c -> DynamicTest.dynamicTest(
                route.name() + " / " + c.caller(), () -> check(route, c))));
    }

    private static void check(Route route, Case c) {
        Call call = route.call().apply(new Fixtures(owner));
        HttpResponse<String> r = send(c.headers(), call);
        String what = call.method() + " " + call.path() + " as " + c.caller() + ": " + r.statusCode() + " " + r.body();
        if (c.expected() == null) {
            assertThat(route.success()).as(what).contains(r.statusCode());
        } else {
            problem(r, c.expected(), what);
        }
        if (c.expected() != null && c.expected() == 401) {
            assertThat(r.headers().firstValue("www-authenticate")).as(what).isPresent();
        }
        if (c.expected() != null && c.expected() == 404) {
            HttpResponse<String> missing = send(c.headers(), withFreshIds(call));
            assertThat(withoutIds(r.body())).as(what + " looks like a missing resource: " + missing.body())
                    .isEqualTo(withoutIds(missing.body()));
        }
        c.headers().values().forEach(credential -> assertThat(r.body()).as(what).doesNotContain(
                credential.replace("Bearer ", "")));
    }

    @TestFactory
    Stream<DynamicTest> publicRoutes_answerWithoutCredentials() {
        return Stream.of("/observe/health", "/observe/metrics", "/openapi").flatMap(path -> Stream.of(
                DynamicTest.dynamicTest(path + " / no credentials", () ->
                        assertThat(send(Map.of(), call("GET", path, null)).statusCode()).isEqualTo(200)),
                DynamicTest.dynamicTest(path + " / broken JWT", () ->
                        assertThat(send(bearer("not.a.token"), call("GET", path, null)).statusCode()).isEqualTo(200))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void matrix_coversEveryApiRoute_andAgreesWithTheOpenApiSecurity() throws Exception {
        Map<String, List<String>> apiRoutes = new LinkedHashMap<>();
        ServerTest.OpenApiRoutes.CONTRACT.forEach((path, methods) -> {
            if (path.startsWith("/api/")) {
                apiRoutes.put(path, methods);
            }
        });
        List<String> contract = apiRoutes.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(m -> m.toUpperCase() + " " + e.getKey())).toList();
        assertThat(routes().stream().map(Route::name).toList()).containsExactlyInAnyOrderElementsOf(contract);
        Map<String, Object> document = new Yaml().load(send(Map.of(), call("GET", "/openapi", null)).body());
        var paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        for (Route route : routes()) {
            Object security = paths.get(route.template()).get(route.method().toLowerCase()).get("security");
            boolean keyRoute = route.needs() != Needs.JWT && route.needs() != Needs.ADMIN;
            assertThat(String.valueOf(security).contains("apiKey")).as(route.name() + " security " + security)
                    .isEqualTo(keyRoute);
        }
    }

    /** The table the auth filter and the router share is the contract, and agrees with the matrix and the document. */
    @Test
    @SuppressWarnings("unchecked")
    void declaredRouteTable_isTheContract_andItsAccessAgreesWithTheMatrixAndTheOpenApiSecurity() {
        var declared = server.wiring().httpApi().routes().routes();
        Map<String, Needs> needs = new LinkedHashMap<>();
        routes().forEach(r -> needs.put(r.name(), r.needs()));
        assertThat(declared.stream().map(r -> r.method().text() + " " + r.template()).toList())
                .containsExactlyInAnyOrderElementsOf(needs.keySet());
        Map<String, Object> document = new Yaml().load(send(Map.of(), call("GET", "/openapi", null)).body());
        var paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        for (var route : declared) {
            String name = route.method().text() + " " + route.template();
            Needs declaredNeeds = switch (route.access()) {
                case JWT_ONLY -> Needs.JWT;
                case ADMIN -> Needs.ADMIN;
                case READ_GRAPH -> Needs.READ_GRAPH;
                case EXECUTE_GRAPH -> Needs.EXECUTE_GRAPH;
                case READ_BLOCK -> Needs.READ_BLOCK;
            };
            assertThat(declaredNeeds).as(name + " declared vs the matrix").isEqualTo(needs.get(name));
            Object security = paths.get(route.template()).get(route.method().text().toLowerCase()).get("security");
            assertThat(String.valueOf(security).contains("apiKey")).as(name + " security " + security)
                    .isEqualTo(route.access().permission().isPresent());
        }
    }

    @Test
    void versionOfApprovedListing_isReadableAndExecutableByOthers_theRestOfTheGraphStays404() {
        Fixtures owned = new Fixtures(owner);
        String graph = owned.graph();
        approve(owned.submission(graph, "open-" + shortId()));
        expect(send(bearer(owner), call("PUT", "/api/v1/graphs/" + graph, graphBody())), 200);
        String base = "/api/v1/graphs/" + graph;
        Map<String, String> otherKey = apiKey(keys.get("other-all"));
        for (Map<String, String> stranger : List.of(bearer(other), otherKey)) {
            expect(send(stranger, call("GET", base + "/versions/1", null)), 200);
            JsonNode run = created(send(stranger, call("POST", base + "/executions", Map.of("version", 1, "inputs", Map.of()))));
            assertThat(run.get("graph_version").asInt()).isEqualTo(1);
            String execution = "/api/v1/executions/" + run.get("id").asText();
            expect(send(stranger, call("GET", execution, null)), 200);
            JsonNode node = created(send(stranger, call("POST", execution + "/node-executions",
                    Map.of("node_id", "add", "inputs", Map.of()))));
            expect(send(stranger, call("POST", execution + "/node-executions/" + node.get("id").asText() + "/status",
                    Map.of("status", "running"))), 200);
            problem(send(bearer(owner), call("POST", execution + "/cancel", Map.of())), 404, "the graph owner cancels");
            assertThat(send(stranger, call("GET", "/api/v1/graphs", null)).body()).doesNotContain(graph);
            problem(send(bearer(owner), call("GET", execution, null)), 404, "the graph owner reads another's run");
            assertThat(send(bearer(owner), call("GET", "/api/v1/executions?graph_id=" + graph, null)).body())
                    .doesNotContain(run.get("id").asText());
            assertThat(send(stranger, call("GET", "/api/v1/executions?graph_id=" + graph, null)).body())
                    .contains(run.get("id").asText());
            problem(send(stranger, call("GET", base + "/versions/2", null)), 404, "an unlisted version");
            problem(send(stranger, call("POST", base + "/executions", Map.of("version", 2, "inputs", Map.of()))), 404,
                    "running an unlisted version");
            problem(send(stranger, call("GET", base, null)), 404, "the graph");
            problem(send(stranger, call("GET", base + "/versions", null)), 404, "the version list");
        }
        for (Call call : List.of(call("PUT", base, graphBody()), call("DELETE", base, null),
                call("PUT", base + "/active-version", Map.of("version", 1)),
                call("POST", "/api/v1/store/submissions", submissionBody(graph, "steal-" + shortId())))) {
            problem(send(bearer(other), call), 404, call.method() + " " + call.path() + " by another user");
        }
        expect(send(bearer(owner), call("GET", base + "/versions/1", null)), 200);
    }

    @Test
    void versionOfPendingOrRejectedSubmission_staysHidden() {
        Fixtures owned = new Fixtures(owner);
        String pending = owned.graph();
        owned.submission(pending, "pend-" + shortId());
        String rejected = owned.graph();
        String submission = owned.submission(rejected, "rej-" + shortId());
        expect(send(bearer(admin), call("POST", "/api/v1/admin/store/submissions/" + submission + "/review",
                Map.of("decision", "reject", "comment", "no"))), 200);
        for (String graph : List.of(pending, rejected)) {
            problem(send(bearer(other), call("GET", "/api/v1/graphs/" + graph + "/versions/1", null)), 404, graph);
            problem(send(bearer(other), call("POST", "/api/v1/graphs/" + graph + "/executions",
                    Map.of("version", 1, "inputs", Map.of()))), 404, graph);
        }
    }

    @Test
    void listingMovedToANewVersion_hidesTheOldOne() {
        Fixtures owned = new Fixtures(owner);
        String graph = owned.graph();
        String slug = "moving-" + shortId();
        approve(owned.submission(graph, slug));
        expect(send(bearer(owner), call("PUT", "/api/v1/graphs/" + graph, graphBody())), 200);
        Map<String, Object> second = submissionBody(graph, slug);
        second.put("graph_version", 2);
        approve(created(send(bearer(owner), call("POST", "/api/v1/store/submissions", second))).get("id").asText());
        expect(send(bearer(other), call("GET", "/api/v1/graphs/" + graph + "/versions/2", null)), 200);
        problem(send(bearer(other), call("GET", "/api/v1/graphs/" + graph + "/versions/1", null)), 404,
                "a version the listing no longer shows");
        problem(send(bearer(other), call("POST", "/api/v1/graphs/" + graph + "/executions",
                Map.of("version", 1, "inputs", Map.of()))), 404, "running a version the listing no longer shows");
    }

    @Test
    void nodeExecutionUnderAnotherExecution_is404() {
        Fixtures mine = new Fixtures(owner);
        Fixtures theirs = new Fixtures(other);
        String myRun = mine.execution();
        String myNode = mine.nodeExecution(myRun);
        String theirRun = theirs.execution();
        String theirNode = theirs.nodeExecution(theirRun);
        String mySecondRun = mine.execution();
        Map<String, Object> running = Map.of("status", "running");
        for (String path : List.of(myRun + "/node-executions/" + theirNode, theirRun + "/node-executions/" + myNode,
                mySecondRun + "/node-executions/" + myNode)) {
            problem(send(bearer(owner), call("POST", "/api/v1/executions/" + path + "/status", running)), 404, path);
            problem(send(apiKey(keys.get("all")), call("POST", "/api/v1/executions/" + path + "/status", running)), 404,
                    path);
        }
    }

    @TestFactory
    Stream<DynamicTest> spelledDifferently_anAdminPathStaysAdminOnly() {
        String grant = "/credits/" + ownerId + "/grant";
        return Stream.of("/api/v1/admin" + grant, "/api/v1//admin" + grant, "//api/v1/admin" + grant,
                "/api/v1/./admin" + grant, "/api/v1/x/../admin" + grant, "/api/v1/%61dmin" + grant,
                "/api/v1/admin" + grant + "/", "/api/v1;x=1/admin" + grant).map(path -> DynamicTest.dynamicTest(path, () -> {
                    HttpResponse<String> r = send(bearer(owner), call("POST", path, Map.of("amount", 5, "reason", "r")));
                    assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(403, 404);
                    problem(r, r.statusCode(), path);
                    problem(send(apiKey(keys.get("all")), call("GET", path.replace(grant, "/store/submissions"), null)),
                            403, path);
                }));
    }

    /** Fresh resources of one user, made through the API. */
    private record Fixtures(String token) {
        String graph() {
            return created(send(bearer(token), call("POST", "/api/v1/graphs", graphBody()))).get("id").asText();
        }

        String execution() {
            return created(send(bearer(token), call("POST", "/api/v1/graphs/" + graph() + "/executions",
                    Map.of("inputs", Map.of())))).get("id").asText();
        }

        String nodeExecution(String execution) {
            return created(send(bearer(token), call("POST", "/api/v1/executions/" + execution + "/node-executions",
                    Map.of("node_id", "add", "inputs", Map.of())))).get("id").asText();
        }

        String apiKey() {
            return created(send(bearer(token), call("POST", "/api/v1/api-keys",
                    Map.of("name", "k", "permissions", List.of("read_graph"))))).get("id").asText();
        }

        String submission(String graph, String slug) {
            return created(send(bearer(token), call("POST", "/api/v1/store/submissions", submissionBody(graph, slug))))
                    .get("id").asText();
        }
    }

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The same request with every resource id (block ids stay) replaced by one that exists nowhere. */
    private static Call withFreshIds(Call call) {
        Map<String, String> fresh = new LinkedHashMap<>();
        for (String block : List.of(BuiltInBlocks.ADD_NUMBERS, BuiltInBlocks.AGENT_OUTPUT)) {
            fresh.put(block, block);
        }
        Function<String, String> replace = text -> UUID_TEXT.matcher(text)
                .replaceAll(m -> fresh.computeIfAbsent(m.group(), id -> UUID.randomUUID().toString()));
        try {
            Object body = call.body() == null ? null
                    : MAPPER.readValue(replace.apply(MAPPER.writeValueAsString(call.body())), Object.class);
            return new Call(call.method(), replace.apply(call.path()), body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withoutIds(String text) {
        return UUID_TEXT.matcher(text).replaceAll("<id>");
    }

    private static void approve(String submission) {
        expect(send(bearer(admin), call("POST", "/api/v1/admin/store/submissions/" + submission + "/review",
                Map.of("decision", "approve", "comment", "ok"))), 200);
    }

    private static Route route(String method, String template, Needs needs, boolean owned, Set<Integer> success,
                               Function<Fixtures, Call> call) {
        return new Route(method, template, needs, owned, success, call);
    }

    private static Call call(String method, String path, Object body) {
        return new Call(method, path, body);
    }

    private static Map<String, Object> graphBody() {
        Map<String, Object> add = new LinkedHashMap<>();
        add.put("id", "add");
        add.put("block_id", BuiltInBlocks.ADD_NUMBERS);
        add.put("label", "add");
        add.put("input_default", Map.of("a", 1, "b", 2));
        add.put("metadata", Map.of());
        add.put("node_type", "standard");
        Map<String, Object> out = new LinkedHashMap<>(add);
        out.put("id", "out");
        out.put("block_id", BuiltInBlocks.AGENT_OUTPUT);
        out.put("input_default", Map.of());
        out.put("node_type", "output");
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", "matrix");
        g.put("description", null);
        g.put("is_template", false);
        g.put("nodes", List.of(add, out));
        g.put("links", List.of(Map.of("source_id", "add", "sink_id", "out", "source_name", "sum",
                "sink_name", "value", "is_static", false)));
        return g;
    }

    private static Map<String, Object> submissionBody(String graph, String slug) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("graph_id", graph);
        s.put("graph_version", 1);
        s.put("slug", slug);
        s.put("name", "Matrix agent");
        s.put("sub_heading", "Checks access");
        s.put("description", "An agent for the authorization matrix.");
        s.put("categories", List.of("testing"));
        return s;
    }

    private static String key(String token, List<String> permissions) {
        return created(send(bearer(token), call("POST", "/api/v1/api-keys", Map.of("name", "k", "permissions", permissions))))
                .get("key").asText();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static Map<String, String> apiKey(String key) {
        return Map.of("X-API-Key", key);
    }

    private static HttpResponse<String> send(Map<String, String> headers, Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + call.path()));
        headers.forEach(request::header);
        try {
            if (call.body() == null) {
                request.method(call.method(), HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(call.method(), HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(call.body())));
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.request().method() + " " + r.request().uri() + ": " + r.body()).isEqualTo(status);
    }

    private static JsonNode created(HttpResponse<String> r) {
        expect(r, 201);
        return json(r.body());
    }

    private static void problem(HttpResponse<String> r, int status, String what) {
        assertThat(r.statusCode()).as(what).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type")).as(what)
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode body = json(r.body());
        assertThat(body.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(body.path("type").isTextual() && body.path("title").isTextual()).as(what).isTrue();
        assertThat(r.body()).as(what).doesNotContain(LEAKS);
    }

    private static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static Map<String, Object> claims(UUID sub, boolean admin) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sub", sub.toString());
        c.put("email", "m-" + sub.toString().substring(0, 8) + "@example.org");
        c.put("exp", Instant.now().getEpochSecond() + 3600);
        if (admin) {
            c.put("role", "admin");
        }
        return c;
    }

    private static String jwt(String alg, String secret, Map<String, Object> claims) {
        try {
            Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
            String head = enc.encodeToString(MAPPER.writeValueAsBytes(Map.of("alg", alg, "typ", "JWT")));
            String body = enc.encodeToString(MAPPER.writeValueAsBytes(claims));
            if (alg.equals("none")) {
                return head + "." + body + ".";
            }
            String macAlg = alg.equals("HS512") ? "HmacSHA512" : "HmacSHA256";
            Mac mac = Mac.getInstance(macAlg);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), macAlg));
            return head + "." + body + "." + enc.encodeToString(mac.doFinal((head + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
