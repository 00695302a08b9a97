package dev.agentdata.bootstrap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.agentdata.bootstrap.AppConfig;
import dev.agentdata.bootstrap.ConfigLoader;
import dev.agentdata.bootstrap.RunningServer;
import dev.agentdata.bootstrap.fuzz.ApiDocument.Operation;
import dev.agentdata.bootstrap.fuzz.FuzzRequests.Fuzzed;

/**
 * The fuzzer's short pass with rate limits on: once a caller or an address is past its limit, every API operation
 * of the document answers a 429 that the document lists for it, with {@code Retry-After} and the problem shape.
 */
class RateLimitFuzzServerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int LIMIT = 20;
    private RunningServer server;
    private FuzzClient client;
    private final FuzzJudge judge = new FuzzJudge();
    private final ApiDocument document = ApiDocument.served();

    /** A server per test: a spent address would refuse the other test's requests too. */
    @BeforeEach
    void start() {
        server = RunningServer.start(AppConfig.from(ConfigLoader.load(Map.of("STORAGE", "memory", "SERVER_PORT", "0",
                "SERVER_HOST", "127.0.0.1", "JWT_SECRET", OpenApiFuzzServerTest.SECRET,
                "RATE_LIMIT_REQUESTS", Integer.toString(LIMIT), "RATE_LIMIT_WINDOW", "60s",
                "RATE_LIMIT_UNAUTHENTICATED", "5"))));
        client = new FuzzClient("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aCallerPastTheLimit_gets429OnEveryOperation_asTheDocumentSays() {
        // an admin token may use every operation: past its limit, each must be a documented 429
        Map<String, String> admin = Credentials.bearer(new Credentials(OpenApiFuzzServerTest.SECRET)
                .user(UUID.randomUUID(), true));
        int before429 = 0;
        FuzzClient.Response r = null;
        while (before429 <= LIMIT && (r = client.send(FuzzClient.json("GET", "/api/v1/me", admin, null), TIMEOUT))
                .status() == 200) {
            before429++;
        }
        assertThat(before429).as("requests answered before the first 429").isEqualTo(LIMIT);
        List<String> failures = new ArrayList<>();
        for (Operation op : document.operations()) {
            if (op.api()) {
                judged(op, admin, Set.of(429), failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anAddressPastItsFailedAuthentications_gets429_withTheAddresssQuota() {
        Operation graphs = operation("GET", "/api/v1/graphs");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            judged(graphs, Map.of("Authorization", "Bearer nope-" + i), Set.of(401), failures);
        }
        FuzzClient.Response refused = judged(graphs, Map.of("Authorization", "Bearer nope"), Set.of(429), failures);
        assertThat(failures).isEmpty();
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        assertThat(refused.header("RateLimit-Limit")).as("the address's quota (the document said none)").isEqualTo("5");
        assertThat(judged(graphs, Credentials.bearer(new Credentials(OpenApiFuzzServerTest.SECRET)
                .user(UUID.randomUUID(), false)), Set.of(429), failures).header("Retry-After")).isNotNull();
        assertThat(failures).as("a valid token from a spent address is refused too").isEmpty();
    }

    private FuzzClient.Response judged(Operation op, Map<String, String> auth, Set<Integer> expected,
                                       List<String> failures) {
        String path = op.template().replaceAll("\\{version}", "1").replaceAll("\\{slug}", "some-slug")
                .replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
        Fuzzed fuzzed = new Fuzzed(op, FuzzClient.json(op.method(), path, auth, op.body() == null ? null : Map.of()),
                "rate limited", expected);
        FuzzClient.Response r = client.send(fuzzed.request(), TIMEOUT);
        List<String> violations = judge.violations(fuzzed, r);
        if (!violations.isEmpty()) {
            failures.add(op.name() + " -> " + r.status() + " " + r.body() + ": " + violations);
        }
        return r;
    }

    private Operation operation(String method, String template) {
        return document.operations().stream().filter(o -> o.method().equals(method) && o.template().equals(template))
                .findFirst().orElseThrow();
    }
}
