package dev.agentdata.bootstrap;

import static dev.agentdata.adapter.postgres.TableSnapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentdata.adapter.postgres.NeedsPgTools;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.adapter.postgres.ops.BackupResult;
import dev.agentdata.adapter.postgres.ops.PgDumpBackup;
import dev.agentdata.adapter.postgres.ops.PgRestore;
import dev.agentdata.adapter.postgres.ops.PgTarget;
import dev.agentdata.adapter.postgres.ops.PgTools;
import dev.agentdata.domain.graph.BuiltInBlocks;

/**
 * Backup and restore of a database filled only through the HTTP API of the real server: every table of the restored
 * copy equals the original row by row, and a second server on the copy answers the same JSON as the first.
 * Runs on the Postgres server of TEST_DATABASE_URL (else the tests' embedded one), in throw-away databases; needs
 * pg_dump and pg_restore on the PATH.
 */
@NeedsPgTools
class BackupRoundTripThroughApiTest {
    private static final String SECRET = "roundtrip-test-secret-roundtrip-test-0123";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> FILLED = List.of("users", "graphs", "graph_nodes", "graph_links",
            "graph_executions", "node_executions", "credit_balances", "credit_transactions", "credit_auto_top_up",
            "api_keys", "store_listings", "store_submissions", "store_reviews", "flyway_schema_history");

    @TempDir
    Path dir;

    private final PgTarget admin = TestDatabase.serverTarget();
    private final List<String> databases = new ArrayList<>();
    private final List<RunningServer> servers = new ArrayList<>();
    private final String alice = token(UUID.randomUUID(), "alice@example.org", false);
    private final String bob = token(UUID.randomUUID(), "bob@example.org", false);
    private final String root = token(UUID.randomUUID(), "root@example.org", true);
    private RunningServer server;

    @AfterEach
    void cleanUp() {
        servers.forEach(RunningServer::close);
        for (String name : databases) {
            sql(admin, "drop database if exists " + name + " with (force)");
        }
    }

    @Test
    void givenDatabaseFilledThroughTheApi_backupAndRestore_everyTableMatchesAndTheApiAnswersTheSame() {
        PgTarget source = createDatabase();
        PgTarget copy = createDatabase();
        server = start(source);
        Map<String, String> reads = fill();
        Map<String, JsonNode> before = read(reads);
        server.close();

        BackupResult backup = new PgDumpBackup(PgTools.onPath(), Clock.systemUTC(), Duration.ofSeconds(5), m -> { })
                .backup(source, dir, 30);
        new PgRestore(PgTools.onPath(), m -> { }).restore(backup.file(), copy, false);

        Map<String, List<String>> original = snapshot(source);
        Map<String, List<String>> restored = snapshot(copy);
        assertThat(restored.keySet()).containsAll(FILLED);
        FILLED.forEach(t -> assertThat(original.get(t)).as(t).isNotEmpty());
        assertThat(restored).isEqualTo(original);
        server = start(copy);
        assertThat(read(reads)).isEqualTo(before);
    }

    /** Fills the database as users would; returns the reads to compare: token by "who path". */
    private Map<String, String> fill() {
        expect(send(alice, "PATCH", "/api/v1/me", Map.of("name", "Alice Ünïcode ✓", "timezone", "Europe/Paris",
                "locale", "fr-FR", "metadata", Map.of("team", "core", "tags", List.of("a", "b")))), 200);
        expect(send(alice, "PATCH", "/api/v1/me/preferences", Map.of("max_emails_per_day", 7,
                "notify_on_daily_summary", false)), 200);
        expect(send(bob, "PATCH", "/api/v1/me", Map.of("name", "Bob")), 200);

        String graph = created(send(alice, "POST", "/api/v1/graphs", graphBody("first"))).get("id").asText();
        expect(send(alice, "PUT", "/api/v1/graphs/" + graph, graphBody("second")), 200);

        expect(send(alice, "POST", "/api/v1/credits/top-up", Map.of("amount", 100, "idempotency_key", "topup-1")), 201);
        JsonNode me = json(send(alice, "GET", "/api/v1/me", null).body());
        expect(send(root, "POST", "/api/v1/admin/credits/" + me.get("id").asText() + "/grant",
                Map.of("amount", 50, "reason", "welcome")), 201);
        expect(send(alice, "PUT", "/api/v1/credits/auto-top-up", Map.of("enabled", true, "threshold", 140,
                "amount", 30)), 200);

        String completed = execution(graph);
        status(completed, "running");
        String add = node(completed, "add");
        nodeStatus(completed, add, Map.of("status", "running"));
        nodeStatus(completed, add, Map.of("status", "completed", "outputs", Map.of("sum", 3), "execution_cost", 20));
        String out = node(completed, "out");
        nodeStatus(completed, out, Map.of("status", "running"));
        nodeStatus(completed, out, Map.of("status", "completed", "outputs", Map.of("value", 3)));
        expect(send(alice, "POST", "/api/v1/executions/" + completed + "/status",
                Map.of("status", "completed", "outputs", Map.of("result", 3))), 200);

        String failed = execution(graph);
        status(failed, "running");
        nodeStatus(failed, node(failed, "add"), Map.of("status", "running"));
        node(failed, "out");
        expect(send(alice, "POST", "/api/v1/executions/" + failed + "/status",
                Map.of("status", "failed", "error_message", "boom")), 200);

        assertThat(json(send(alice, "GET", "/api/v1/executions/" + failed, null).body()).get("node_executions")
                .findValuesAsText("status")).containsExactly("failed", "failed");

        String cancelled = execution(graph);
        expect(send(alice, "POST", "/api/v1/executions/" + cancelled + "/cancel", Map.of()), 200);

        String kept = created(send(alice, "POST", "/api/v1/api-keys", Map.of("name", "ci",
                "permissions", List.of("read_graph", "execute_graph")))).get("id").asText();
        String revoked = created(send(alice, "POST", "/api/v1/api-keys", Map.of("name", "old",
                "permissions", List.of("read_block")))).get("id").asText();
        expect(send(alice, "DELETE", "/api/v1/api-keys/" + revoked, null), 204);

        String bobGraph = created(send(bob, "POST", "/api/v1/graphs", graphBody("shared"))).get("id").asText();
        String slug = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        String submission = created(send(bob, "POST", "/api/v1/store/submissions", Map.of("graph_id", bobGraph,
                "graph_version", 1, "slug", slug, "name", "Shared agent", "sub_heading", "Adds numbers",
                "description", "An agent that adds numbers for the round trip.", "categories", List.of("math"))))
                .get("id").asText();
        expect(send(root, "POST", "/api/v1/admin/store/submissions/" + submission + "/review",
                Map.of("decision", "approve", "comment", "fine")), 200);
        assertThat(send(alice, "POST", "/api/v1/store/listings/" + slug + "/reviews",
                Map.of("score", 4, "comments", "handy")).statusCode()).isIn(200, 201);

        assertThat(json(send(alice, "GET", "/api/v1/credits", null).body()).get("balance").asLong()).isEqualTo(160);
        assertThat(json(send(alice, "GET", "/api/v1/credits/transactions", null).body()).findValuesAsText("type"))
                .containsExactlyInAnyOrder("top_up", "grant", "usage", "top_up");
        assertThat(kept).isNotBlank();
        Map<String, String> reads = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/me", "/api/v1/me/preferences", "/api/v1/graphs", "/api/v1/graphs/" + graph,
                "/api/v1/graphs/" + graph + "/versions", "/api/v1/graphs/" + graph + "/versions/1",
                "/api/v1/executions", "/api/v1/executions/" + completed, "/api/v1/executions/" + failed,
                "/api/v1/executions/" + cancelled, "/api/v1/credits", "/api/v1/credits/transactions",
                "/api/v1/credits/auto-top-up", "/api/v1/api-keys", "/api/v1/store/listings?sort=recent",
                "/api/v1/store/listings/" + slug)) {
            reads.put("alice " + path, alice);
        }
        reads.put("bob /api/v1/store/submissions", bob);
        reads.put("bob /api/v1/me", bob);
        return reads;
    }

    private Map<String, JsonNode> read(Map<String, String> reads) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        reads.forEach((read, token) -> {
            HttpResponse<String> r = send(token, "GET", read.substring(read.indexOf(' ') + 1), null);
            expect(r, 200);
            out.put(read, json(r.body()));
        });
        return out;
    }

    private String execution(String graph) {
        return created(send(alice, "POST", "/api/v1/graphs/" + graph + "/executions", Map.of("inputs", Map.of())))
                .get("id").asText();
    }

    private void status(String execution, String status) {
        expect(send(alice, "POST", "/api/v1/executions/" + execution + "/status", Map.of("status", status)), 200);
    }

    private String node(String execution, String nodeId) {
        return created(send(alice, "POST", "/api/v1/executions/" + execution + "/node-executions",
                Map.of("node_id", nodeId, "inputs", Map.of("a", 1, "b", 2)))).get("id").asText();
    }

    private void nodeStatus(String execution, String node, Map<String, Object> body) {
        expect(send(alice, "POST", "/api/v1/executions/" + execution + "/node-executions/" + node + "/status", body),
                200);
    }

    private RunningServer start(PgTarget database) {
        RunningServer started = RunningServer.start(AppConfig.from(ConfigLoader.load(Map.of(
                "DATABASE_URL", url(database), "SERVER_PORT", "0", "SERVER_HOST", "127.0.0.1",
                "JWT_SECRET", SECRET, "DB_CONNECTION_LIMIT", "3"))));
        servers.add(started);
        return started;
    }

    private static String url(PgTarget t) {
        String password = t.password() == null ? "" : "&password=" + t.password();
        return t.jdbcUrl() + "?user=" + t.user() + password;
    }

    private PgTarget createDatabase() {
        String name = "agentdata_rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql(admin, "create database " + name);
        databases.add(name);
        return admin.withDatabase(name);
    }

    private static void sql(PgTarget target, String statement) {
        try (Connection c = connect(target); Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(PgTarget target) throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
    }

    private static String token(UUID user, String email, boolean isAdmin) {
        return new TokenMinter(SECRET).mint(user, email, null, isAdmin, Instant.now(), Duration.ofMinutes(10));
    }

    private HttpResponse<String> send(String token, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .header("Authorization", "Bearer " + token);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
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

    private static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static Map<String, Object> graphBody(String name) {
        Map<String, Object> add = new LinkedHashMap<>();
        add.put("id", "add");
        add.put("block_id", BuiltInBlocks.ADD_NUMBERS);
        add.put("label", "add");
        add.put("input_default", Map.of("a", 1, "b", 2));
        add.put("metadata", Map.of("position", Map.of("x", 10, "y", 20)));
        add.put("node_type", "standard");
        Map<String, Object> out = new LinkedHashMap<>(add);
        out.put("id", "out");
        out.put("block_id", BuiltInBlocks.AGENT_OUTPUT);
        out.put("input_default", Map.of());
        out.put("node_type", "output");
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", name);
        g.put("description", "round trip " + name);
        g.put("is_template", false);
        g.put("nodes", List.of(add, out));
        g.put("links", List.of(Map.of("source_id", "add", "sink_id", "out", "source_name", "sum",
                "sink_name", "value", "is_static", false)));
        return g;
    }
}
