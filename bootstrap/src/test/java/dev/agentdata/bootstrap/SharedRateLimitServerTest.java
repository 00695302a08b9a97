package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.redis.LogLines;
import dev.agentdata.adapter.redis.RedisConnection;
import dev.agentdata.adapter.redis.TestRedis;

/**
 * API.md "Rate limits" across servers: with {@code REDIS_URL} they share one count per caller (the machine's Redis,
 * a key prefix of this test's own, deleted afterwards); with Redis unreachable or killed each counts alone and keeps
 * serving, and they share again once Redis is back.
 */
class SharedRateLimitServerTest {
    private static final int LIMIT = 6;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String prefix = TestRedis.freshPrefix();
    private final List<RunningServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(RunningServer::close);
        TestRedis.deleteKeys(prefix);
    }

    private RunningServer start(String redisUrl) {
        Map<String, String> env = new HashMap<>(Map.of("STORAGE", "memory", "SERVER_PORT", "0",
                "SERVER_HOST", "127.0.0.1", "JWT_SECRET", ServerTest.SECRET, "RATE_LIMIT_REQUESTS", String.valueOf(LIMIT),
                "RATE_LIMIT_WINDOW", "1m", "REDIS_URL", redisUrl, "REDIS_KEY_PREFIX", prefix,
                "EXECUTIONS_SWEEPER_ENABLED", "false"));
        // A budget a loaded build machine keeps: past 50 ms a call counts locally, which is right in production
        // and a false failure here.
        env.put("REDIS_TIMEOUT", "2s");
        RunningServer server = RunningServer.start(AppConfig.from(ConfigLoader.load(env)));
        servers.add(server);
        return server;
    }

    private static String token() {
        return new TokenMinter(ServerTest.SECRET).mint(UUID.randomUUID(), "rate@example.org", null, false,
                Instant.now(), Duration.ofMinutes(5));
    }

    private static HttpResponse<String> me(RunningServer server, String token) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String remaining(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("RateLimit-Remaining").orElseThrow();
    }

    @Test
    void givenTwoServersOnOneRedis_aCallersRequestsCountOnce_whicheverServerTakesThem() throws Exception {
        RunningServer a = start(TestRedis.sharedUri().toURI().toString());
        RunningServer b = start(TestRedis.sharedUri().toURI().toString());
        String token = token();

        for (int i = 1; i <= LIMIT; i++) {
            assertThat(remaining(me(i % 2 == 0 ? a : b, token))).as("request " + i).isEqualTo(String.valueOf(LIMIT - i));
        }

        assertThat(me(a, token).statusCode()).isEqualTo(429);
        assertThat(me(b, token).statusCode()).isEqualTo(429);
    }

    @Test
    void givenRedisUnreachable_eachServerServes_andCountsAlone() throws Exception {
        String closed = "redis://127.0.0.1:" + TestRedis.freePort() + "/0";
        RunningServer a = start(closed);
        RunningServer b = start(closed);
        String token = token();

        for (int i = 1; i <= LIMIT; i++) {
            assertThat(remaining(me(a, token))).isEqualTo(String.valueOf(LIMIT - i));
        }
        assertThat(me(a, token).statusCode()).isEqualTo(429);
        assertThat(remaining(me(b, token))).as("b's own count").isEqualTo(String.valueOf(LIMIT - 1));
    }

    @Test
    void givenRedisKilled_serversCountAlone_logOnceEach_andShareAgainOnceItIsBack() throws Exception {
        int port = TestRedis.freePort();
        Process redis = TestRedis.startServer(port);
        try (LogLines log = LogLines.of(RedisConnection.class)) {
            RunningServer a = start("redis://127.0.0.1:" + port + "/0");
            RunningServer b = start("redis://127.0.0.1:" + port + "/0");
            String token = token();
            assertThat(remaining(me(a, token))).isEqualTo("5");
            assertThat(remaining(me(b, token))).isEqualTo("4");

            TestRedis.kill(redis);
            await(() -> !a.wiring().sharedStateAvailable() && !b.wiring().sharedStateAvailable());
            for (int i = 1; i <= LIMIT; i++) {
                assertThat(remaining(me(a, token))).as("a alone, request " + i).isEqualTo(String.valueOf(LIMIT - i));
            }
            assertThat(me(a, token).statusCode()).isEqualTo(429);
            assertThat(remaining(me(b, token))).as("b alone").isEqualTo("5");
            assertThat(log.at(Level.WARNING)).as("one line per server").hasSize(2);

            redis = TestRedis.startServer(port);
            await(() -> a.wiring().sharedStateAvailable() && b.wiring().sharedStateAvailable());

            assertThat(remaining(me(a, token))).as("shared again, in a Redis that lost its counts").isEqualTo("5");
            assertThat(remaining(me(b, token))).isEqualTo("4");
            assertThat(log.at(Level.INFO)).filteredOn(r -> r.getMessage().contains("available again")).hasSize(2);
            assertThat(log.at(Level.WARNING)).hasSize(2);
        } finally {
            TestRedis.kill(redis);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 5 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
