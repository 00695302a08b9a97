package dev.agentdata.bootstrap.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentdata.application.port.out.storage.StorageMeter;
import dev.agentdata.bootstrap.AppConfig;
import dev.agentdata.bootstrap.ConfigLoader;
import dev.agentdata.bootstrap.RunningServer;
import dev.agentdata.bootstrap.TokenMinter;

/**
 * What the replica tests share: servers started on a primary and its replica (each test class its own schema), a
 * caller's requests to any of them, and each server's read counters and replica lag as its storage publishes them.
 */
final class ReplicatedServers {
    static final String SECRET = "replica-test-secret-replica-test-0123456789";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern BALANCE = Pattern.compile("\"balance\"\\s*:\\s*(-?\\d+)");

    private ReplicatedServers() {
    }

    /**
     * A server on {@code primaryUrl} reading from {@code replicaUrl}, sharing through {@code redisUrl} (empty: no
     * Redis, positions in the server's memory).
     */
    static RunningServer start(String primaryUrl, String replicaUrl, String schema, String redisUrl, String prefix) {
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", primaryUrl, "DATABASE_READ_URL", replicaUrl,
                "DB_SCHEMA", schema, "SERVER_PORT", "0", "SERVER_HOST", "127.0.0.1", "JWT_SECRET", SECRET,
                "RATE_LIMIT_REQUESTS", "0", "EXECUTIONS_SWEEPER_ENABLED", "false", "DB_CONNECTION_LIMIT", "4"));
        env.put("REDIS_URL", redisUrl);
        env.put("REDIS_KEY_PREFIX", prefix);
        return RunningServer.start(AppConfig.from(ConfigLoader.load(env)));
    }

    static String token(UUID user, boolean admin) {
        return new TokenMinter(SECRET).mint(user, user + "@example.org", null, admin, Instant.now(),
                Duration.ofMinutes(10));
    }

    static HttpResponse<String> send(RunningServer server, String token, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Tops the caller's credits up by {@code amount} (a new idempotency key each time). */
    static void topUp(RunningServer server, String token, long amount) throws Exception {
        HttpResponse<String> response = send(server, token, "POST", "/api/v1/credits/top-up",
                "{\"amount\":" + amount + ",\"idempotency_key\":\"" + UUID.randomUUID() + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    static long balance(RunningServer server, String token) throws Exception {
        HttpResponse<String> response = send(server, token, "GET", "/api/v1/credits", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher m = BALANCE.matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Reads of callers' own data that {@code server} ran on {@code target} ({@code primary} or {@code replica}). */
    static long reads(RunningServer server, String target) {
        return (long) meter(server, "agentdata_db_reads", "target", target).value().getAsDouble();
    }

    /** The replica's lag as {@code server} sees it, in seconds; -1 while it is down. */
    static double lag(RunningServer server) {
        return server.wiring().storage().meters().stream()
                .filter(m -> m.name().equals("agentdata_db_replica_lag_seconds")).findFirst().orElseThrow()
                .value().getAsDouble();
    }

    private static StorageMeter meter(RunningServer server, String name, String tag, String value) {
        return server.wiring().storage().meters().stream()
                .filter(m -> m.name().equals(name) && value.equals(m.tags().get(tag))).findFirst().orElseThrow();
    }

    static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + within).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Waits until a read of {@code token}'s own data on {@code server} is served by the replica. */
    static void awaitReplicaServes(RunningServer server, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            long before = reads(server, "replica");
            balance(server, token);
            if (reads(server, "replica") > before) {
                return;
            }
            assertThat(System.nanoTime()).as("the replica serves again within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
