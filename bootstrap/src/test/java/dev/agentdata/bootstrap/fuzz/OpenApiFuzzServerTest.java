package dev.agentdata.bootstrap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentdata.bootstrap.AppConfig;
import dev.agentdata.bootstrap.ConfigLoader;
import dev.agentdata.bootstrap.FreshSchemaServer;
import dev.agentdata.bootstrap.RunningServer;

/**
 * The OpenAPI fuzzer against the real server, on both storages, bounded to well under a minute each in the build
 * (rate limits off so the fuzzer's own traffic is never 429; {@link RateLimitFuzzServerTest} has them on).
 * {@code -Dfuzz.seed=N} replays a run, {@code -Dfuzz.requests=N} lengthens it (bench/fuzz.sh: the long run).
 */
class OpenApiFuzzServerTest {
    static final String SECRET = "fuzz-secret-fuzz-secret-fuzz-secret-0123";
    /** Small, so that bodies over the limit (413) cost little; the memory budget stays at its default. */
    static final int PAYLOAD_LIMIT = 256 * 1024;
    private static final int BUILD_REQUESTS = 1500;

    static Map<String, String> settings() {
        Map<String, String> env = new HashMap<>(Map.of("SERVER_PORT", "0", "SERVER_HOST", "127.0.0.1",
                "JWT_SECRET", SECRET, "RATE_LIMIT_REQUESTS", "0", "RATE_LIMIT_UNAUTHENTICATED", "0",
                "MAX_PAYLOAD_BYTES", Integer.toString(PAYLOAD_LIMIT)));
        return env;
    }

    @Test
    void memoryStorage_everyOperationKeepsTheDocument_underValidAndMutatedRequests() {
        Map<String, String> env = settings();
        env.put("STORAGE", "memory");
        try (RunningServer server = RunningServer.start(AppConfig.from(ConfigLoader.load(env)))) {
            check(Fuzzer.run("memory", "http://127.0.0.1:" + server.port(), SECRET,
                    Fuzzer.Settings.fromProperties(BUILD_REQUESTS, PAYLOAD_LIMIT)));
        }
    }

    @Test
    void postgresStorage_everyOperationKeepsTheDocument_underValidAndMutatedRequests() throws Exception {
        try (FreshSchemaServer server = FreshSchemaServer.start("fuzz_", SECRET, settings())) {
            check(Fuzzer.run("postgres", "http://127.0.0.1:" + server.port(), SECRET,
                    Fuzzer.Settings.fromProperties(BUILD_REQUESTS, PAYLOAD_LIMIT)));
        }
    }

    /** A server started elsewhere (bench/fuzz.sh): {@code -Dfuzz.url}, {@code -Dfuzz.jwt-secret}, its payload limit. */
    @Test
    void externalServer_whenNamed() {
        String url = System.getProperty("fuzz.url", "");
        assumeTrue(!url.isBlank(), "fuzz.url not set");
        int limit = Integer.parseInt(System.getProperty("fuzz.payload-limit", "16777216"));
        check(Fuzzer.run("external " + url, url, System.getProperty("fuzz.jwt-secret"),
                Fuzzer.Settings.fromProperties(BUILD_REQUESTS, limit)));
    }

    static void check(FuzzStats stats) {
        assertThat(stats.failures()).as(stats.failed() + " failed requests; the first ones").isEmpty();
        assertThat(stats.neverSucceeded()).as("operations no valid request reached (2xx): %s",
                stats.successByOperation()).isEmpty();
    }
}
