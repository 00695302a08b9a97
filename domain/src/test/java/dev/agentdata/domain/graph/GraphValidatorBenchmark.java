package dev.agentdata.domain.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.agentdata.domain.common.Violation;

/**
 * Plain-main benchmark of {@link GraphValidator} on large valid DAGs (run by {@code bench/validator.sh}, not by
 * surefire): prints median times and t(100k)/t(10k), which is about 10 when the validator is linear.
 */
public final class GraphValidatorBenchmark {
    private static final int WARMUP = 10;
    private static final int RUNS = 21;
    private static final Function<String, Optional<Block>> CATALOG = catalog();

    private GraphValidatorBenchmark() {
    }

    public static void main(String[] args) {
        double[] small = measure(10_000, 10_000);
        measure(10_000, 100_000);
        double[] large = measure(100_000, 100_000);
        System.out.printf(Locale.ROOT,
                "ratio t(100k nodes, 100k links) / t(10k nodes, 10k links) = %.2f by median, %.2f by best run (linear ~ 10)%n",
                large[0] / small[0], large[1] / small[1]);
    }

    /** Returns the median and the best of validate() + runChecks() in milliseconds. */
    private static double[] measure(int nodeCount, int linkCount) {
        GraphContent graph = dag(nodeCount, linkCount);
        for (int i = 0; i < WARMUP; i++) {
            runOnce(graph);
        }
        double[] validate = new double[RUNS];
        double[] checks = new double[RUNS];
        double[] total = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long t0 = System.nanoTime();
            List<Violation> structural = GraphValidator.validate(graph, CATALOG);
            long t1 = System.nanoTime();
            List<Violation> run = GraphValidator.runChecks(graph, Map.of(), CATALOG);
            long t2 = System.nanoTime();
            requireValid(structural, run);
            validate[i] = (t1 - t0) / 1e6;
            checks[i] = (t2 - t1) / 1e6;
            total[i] = (t2 - t0) / 1e6;
        }
        System.out.printf(Locale.ROOT,
                "%,7d nodes %,7d links: validate %8.2f ms, runChecks %8.2f ms, total %8.2f ms (median of %d; best %.2f ms)%n",
                nodeCount, linkCount, median(validate), median(checks), median(total), RUNS, min(total));
        return new double[] {median(total), min(total)};
    }

    private static void runOnce(GraphContent graph) {
        requireValid(GraphValidator.validate(graph, CATALOG), GraphValidator.runChecks(graph, Map.of(), CATALOG));
    }

    private static void requireValid(List<Violation> structural, List<Violation> run) {
        if (!structural.isEmpty() || !run.isEmpty()) {
            throw new IllegalStateException("benchmark graph is invalid: " + structural + run);
        }
    }

    /**
     * Add-numbers nodes; node i links to i+1, i+2, ... (forward only, so acyclic) alternating sink ports a and b,
     * until {@code linkCount} links exist; every node has a default for {@code b} (the first also for {@code a}), so run checks pass.
     */
    static GraphContent dag(int nodeCount, int linkCount) {
        List<Node> nodes = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(new Node("node-" + i, BuiltInBlocks.ADD_NUMBERS, "Node " + i, i == 0 ? Map.of("a", 0, "b", 1) : Map.of("b", 1), Map.of(),
                    NodeType.STANDARD));
        }
        List<Link> links = new ArrayList<>(linkCount);
        int perNode = (int) Math.ceil(linkCount / (double) (nodeCount - 1)) / 2 + 1;
        outer:
        for (int distance = 1; distance <= perNode; distance++) {
            for (String port : new String[] {"a", "b"}) {
                for (int i = 0; i + distance < nodeCount; i++) {
                    if (links.size() == linkCount) {
                        break outer;
                    }
                    links.add(new Link(UUID.nameUUIDFromBytes((i + "/" + distance + port).getBytes()),
                            "node-" + i, "node-" + (i + distance), "sum", port, false));
                }
            }
        }
        if (links.size() != linkCount) {
            throw new IllegalStateException("built " + links.size() + " links, wanted " + linkCount);
        }
        return new GraphContent("benchmark", null, false, nodes, links);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static Function<String, Optional<Block>> catalog() {
        Map<String, Block> byId = new java.util.HashMap<>();
        BuiltInBlocks.all().forEach(b -> byId.put(b.id(), b));
        return id -> Optional.ofNullable(byId.get(id));
    }
}
