package dev.agentdata.bootstrap.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.agentdata.bootstrap.fuzz.ApiDocument.Operation;
import dev.agentdata.bootstrap.fuzz.FuzzRequests.Fuzzed;

/**
 * The OpenAPI-driven fuzzer: from a seed, {@code requests} requests over every operation of the served document,
 * about a third schema-valid and the rest mutated, each judged by {@link FuzzJudge}. {@code -Dfuzz.seed=} replays a
 * run (the same requests; the ids differ), {@code -Dfuzz.requests=} makes it longer.
 */
final class Fuzzer {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Duration STREAM_TIMEOUT = Duration.ofSeconds(3);

    /** How a run goes: its seed, how many requests, and the server's {@code MAX_PAYLOAD_BYTES}. */
    record Settings(long seed, int requests, int payloadLimit) {
        /** From {@code -Dfuzz.seed} and {@code -Dfuzz.requests}, else a new seed and {@code requests}. */
        static Settings fromProperties(int requests, int payloadLimit) {
            String seed = System.getProperty("fuzz.seed", "");
            String count = System.getProperty("fuzz.requests", "");
            return new Settings(seed.isBlank() ? new Random().nextLong() : Long.parseLong(seed.strip()),
                    count.isBlank() ? requests : Integer.parseInt(count.strip()), payloadLimit);
        }
    }

    private Fuzzer() {
    }

    /** Fuzzes the server at {@code base} whose JWT secret is {@code secret}; the figures and failures come back. */
    static FuzzStats run(String label, String base, String secret, Settings settings) {
        System.out.println("fuzz " + label + ": seed " + settings.seed() + " (replay with -Dfuzz.seed=" + settings.seed()
                + "), " + settings.requests() + " requests");
        Random random = new Random(settings.seed());
        FuzzClient client = new FuzzClient(base);
        Credentials credentials = new Credentials(secret);
        FuzzWorld world = new FuzzWorld(client, credentials);
        ApiDocument document = ApiDocument.served();
        List<Operation> operations = document.operations();
        FuzzRequests requests = new FuzzRequests(document, world,
                credentials.badKinds(world.revokedKey, world.readBlockKey, world.allKey), settings.payloadLimit());
        FuzzJudge judge = new FuzzJudge();
        FuzzStats stats = new FuzzStats();
        long start = System.nanoTime();
        for (int i = 0; i < settings.requests(); i++) {
            // every operation valid once, then mutated once, then at random: a third valid
            Operation op = i < 2 * operations.size() ? operations.get(i % operations.size())
                    : operations.get(random.nextInt(operations.size()));
            boolean valid = i < operations.size() || i >= 2 * operations.size() && random.nextInt(3) == 0;
            Fuzzed fuzzed;
            try {
                fuzzed = valid ? requests.valid(op, random) : requests.mutated(op, random);
            } catch (IllegalStateException e) {
                stats.fixtureFailed(op.name() + ": " + e.getMessage());
                continue;
            }
            FuzzClient.Response response = client.send(fuzzed.request(), op.eventStream() ? STREAM_TIMEOUT : TIMEOUT);
            stats.record(fuzzed, response, response.status() < 0 ? List.of() : judge.violations(fuzzed, response), i);
            if ((i + 1) % 2500 == 0) {
                System.out.printf("fuzz %s: %d requests, %d failed, %d s%n", label, i + 1, stats.failed(),
                        (System.nanoTime() - start) / 1_000_000_000);
            }
        }
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        FuzzClient.Response health = client.send(FuzzClient.json("GET", "/observe/health", Map.of(), null), TIMEOUT);
        if (health.status() != 200) {
            stats.fixtureFailed("the server is not healthy after the run: " + health.status() + " " + health.body());
        }
        System.out.println(stats.summary(label, settings.seed(), elapsed) + "\n  fixtures: "
                + world.fixtureRequests() + " requests");
        return stats;
    }
}
