package dev.agentdata.adapter.redis;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * Redis for tests: the machine's on 127.0.0.1:6379 ({@code TEST_REDIS_URL} overrides), each test with a key prefix
 * of its own that {@link #deleteKeys(String)} removes; or a {@code redis-server} a test starts and kills itself.
 */
public final class TestRedis {
    /** The folder of each server a test started, removed when it is killed. */
    private static final Map<Process, Path> FOLDERS = new ConcurrentHashMap<>();

    private TestRedis() {
    }

    /** The shared Redis for tests. */
    public static RedisURI sharedUri() {
        return RedisURI.create(System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379/0"));
    }

    /** A prefix no other test run uses, e.g. {@code agentdata-test:1f0c...:}. */
    public static String freshPrefix() {
        return "agentdata-test:" + UUID.randomUUID() + ":";
    }

    public static RedisSettings settings(RedisURI uri, String prefix) {
        // A budget a loaded build machine keeps: tests here are about outages, not about a slow Redis.
        return new RedisSettings(uri, Duration.ofSeconds(2), prefix);
    }

    /** Deletes every key under {@code prefix} in the shared Redis. */
    public static void deleteKeys(String prefix) {
        RedisClient client = RedisClient.create(sharedUri());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = c.sync().scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
                List<String> keys = page.getKeys();
                if (!keys.isEmpty()) {
                    c.sync().del(keys.toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
        } finally {
            client.shutdown();
        }
    }

    /** Keys under {@code prefix} in the shared Redis. */
    public static long countKeys(String prefix) {
        RedisClient client = RedisClient.create(sharedUri());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            return c.sync().keys(prefix + "*").size();
        } finally {
            client.shutdown();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A {@code redis-server} of this test's own on {@code port}, nothing saved to disk. */
    public static Process startServer(int port) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("agentdata-redis");
        Process p = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--save", "",
                "--appendonly", "no", "--bind", "127.0.0.1", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                FOLDERS.put(p, dir);
                return p;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("redis-server did not listen on " + port);
    }

    /** Kills {@code server} at once (as a crash would) and waits until it is gone. */
    public static void kill(Process server) throws InterruptedException {
        server.destroyForcibly();
        server.waitFor();
        Path dir = FOLDERS.remove(server);
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary folder only costs space
            }
        }
    }
}
