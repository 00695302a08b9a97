package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real pool timeout on the real server: a lock taken from outside keeps both pooled connections busy, the next
 * request finds none within DB_POOL_TIMEOUT and is a 503 problem with Retry-After, and
 * agentdata_db_pool_timeouts_total counts it, also after garbage collection.
 */
class PoolTimeoutServerTest {
    private static final String SECRET = "pool-timeout-test-secret-pool-timeout-01";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static FreshSchemaServer server;

    @BeforeAll
    static void start() {
        server = FreshSchemaServer.start("pool_timeout_", SECRET, Map.of("DB_CONNECTION_LIMIT", "2",
                "DB_POOL_TIMEOUT", "1"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static HttpRequest get(String path, UUID user) {
        String token = new TokenMinter(SECRET).mint(user, "pool-" + user + "@example.org", null, false, Instant.now(),
                Duration.ofMinutes(5));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static double timeouts() throws Exception {
        String text = send(get("/observe/metrics", UUID.randomUUID())).body();
        Matcher m = Pattern.compile("(?m)^agentdata_db_pool_timeouts_total(?:\\{[^}]*})? (\\S+)$").matcher(text);
        assertThat(m.find()).as("the pool timeout meter is published").isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** Sessions waiting for the lock on this schema's users table. */
    private static int waitingOnLocks(Statement s) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM pg_locks WHERE relation = '" + server.schema()
                + ".users'::regclass AND NOT granted")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void noConnectionWithinThePoolTimeout_is503WithRetryAfter_andIsCounted() throws Exception {
        UUID user = UUID.randomUUID();
        assertThat(send(get("/api/v1/me", user)).statusCode()).isEqualTo(200);
        double before = timeouts();
        HttpResponse<String> response;
        List<CompletableFuture<HttpResponse<String>>> blocked;
        try (Connection lock = FreshSchemaServer.connect();
             Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("LOCK TABLE " + server.schema() + ".users IN ACCESS EXCLUSIVE MODE");
            blocked = List.of(CLIENT.sendAsync(get("/api/v1/me", user), HttpResponse.BodyHandlers.ofString()),
                    CLIENT.sendAsync(get("/api/v1/me", user), HttpResponse.BodyHandlers.ofString()));
            for (int i = 0; i < 100 && waitingOnLocks(s) < 2; i++) {
                Thread.sleep(50);
            }
            response = send(get("/api/v1/me", user));
            lock.rollback();
        }
        for (CompletableFuture<HttpResponse<String>> b : blocked) {
            assertThat(b.get().statusCode()).isEqualTo(200);
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
        assertThat(response.headers().firstValue("retry-after")).hasValueSatisfying(
                s -> assertThat(Integer.parseInt(s)).isPositive());
        assertThat(response.headers().firstValue("x-request-id")).isPresent();
        assertThat(response.body()).doesNotContain("Exception", "SQL", "Hikari");
        assertThat(timeouts()).isEqualTo(before + 1);
    }
}
