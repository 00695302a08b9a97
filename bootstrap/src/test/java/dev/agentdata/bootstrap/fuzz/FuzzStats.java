package dev.agentdata.bootstrap.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts and latencies of a fuzz run, and the first failures with what it takes to replay them. */
final class FuzzStats {
    private static final int KEPT_FAILURES = 20;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byKind = new TreeMap<>();
    private final Map<String, Long> millisByKind = new TreeMap<>();
    private final Map<String, Integer> successByOperation = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private long[] nanos = new long[1024];
    private int count;
    private int failed;
    private int resetsAfterRefusal;
    private String slowest = "";
    private long slowestNanos;

    void record(FuzzRequests.Fuzzed fuzzed, FuzzClient.Response response, List<String> violations, int index) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = response.nanos();
        if (FuzzJudge.resetAfterRefusal(fuzzed, response)) {
            resetsAfterRefusal++;
        }
        byStatus.merge(response.status(), 1, Integer::sum);
        byKind.merge(fuzzed.kind().replaceAll(":.*", ""), 1, Integer::sum);
        millisByKind.merge(fuzzed.kind().replaceAll(":.*", ""), response.nanos() / 1_000_000, Long::sum);
        successByOperation.putIfAbsent(fuzzed.op().name(), 0);
        if (response.status() >= 200 && response.status() < 300) {
            successByOperation.merge(fuzzed.op().name(), 1, Integer::sum);
        }
        if (response.nanos() > slowestNanos && !fuzzed.op().eventStream()) {
            slowestNanos = response.nanos();
            slowest = fuzzed.request().describe();
        }
        if (!violations.isEmpty()) {
            failed++;
            if (failures.size() < KEPT_FAILURES) {
                String body = response.body().length() > 400 ? response.body().substring(0, 400) + "..." : response.body();
                failures.add("#" + index + " " + fuzzed.kind() + ": " + fuzzed.request().describe() + "\n    -> "
                        + response.status() + " " + body + "\n    " + String.join("\n    ", violations));
            }
        }
    }

    /** A failure outside a judged response (a fixture the fuzzer needed, the health check after the run). */
    void fixtureFailed(String what) {
        failed++;
        if (failures.size() < KEPT_FAILURES) {
            failures.add(what);
        }
    }

    int requests() {
        return count;
    }

    int failed() {
        return failed;
    }

    List<String> failures() {
        return failures;
    }

    /** Operations of the document that never answered 2xx to the fuzzer's requests. */
    List<String> neverSucceeded() {
        return successByOperation.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    Map<String, Integer> successByOperation() {
        return successByOperation;
    }

    long percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return count == 0 ? 0 : sorted[Math.min(count - 1, (int) Math.ceil(p * count) - 1)] / 1_000_000;
    }

    String summary(String label, long seed, long elapsedMillis) {
        return String.format("fuzz %s: seed %d, %d requests in %.1f s (%d failed), statuses %s, kinds %s,%n"
                        + "  time by kind (ms) %s,%n"
                        + "  refused bodies (413, 431) answered by a reset instead: %d,%n"
                        + "  latency p50 %d ms, p99 %d ms, max %d ms (%s), RSS of this JVM %s",
                label, seed, count, elapsedMillis / 1000.0, failed, byStatus, byKind, millisByKind,
                resetsAfterRefusal, percentileMillis(0.50),
                percentileMillis(0.99), slowestNanos / 1_000_000, slowest.length() > 160 ? slowest.substring(0, 160)
                        : slowest, rss());
    }

    /** This process's resident set (the server runs in it, beside the fuzzer), from /proc; "?" elsewhere. */
    static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
