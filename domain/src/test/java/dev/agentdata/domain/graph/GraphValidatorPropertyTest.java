package dev.agentdata.domain.graph;

import static dev.agentdata.domain.graph.Graphs.BLOCKS;
import static dev.agentdata.domain.graph.Graphs.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.testing.RandomCases;

/** Random DAGs over the built-in blocks are valid; one back edge makes exactly one cycle violation. */
class GraphValidatorPropertyTest {
    private static final List<Block> BLOCK_LIST = List.copyOf(BuiltInBlocks.all());
    private static final int MAX_DRAWS = 1000;

    private static String id(int i) {
        return "n" + i + "_";
    }

    /** Links go from lower to higher node index only, so the graph is acyclic. */
    private static GraphContent randomDag(Random random, int size, int linkAttempts) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Block b = BLOCK_LIST.get(random.nextInt(BLOCK_LIST.size()));
            nodes.add(new Node(id(i), b.id(), "", Map.of(), Map.of(), NodeType.STANDARD));
        }
        List<Link> links = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int k = 0; k < linkAttempts && size > 1; k++) {
            int src = random.nextInt(size - 1);
            int sink = src + 1 + random.nextInt(size - src - 1);
            compatiblePorts(random, nodes.get(src), nodes.get(sink)).ifPresent(p -> {
                if (keys.add(src + "/" + sink + "/" + p[0] + "/" + p[1])) {
                    links.add(new Link(UUID.randomUUID(), id(src), id(sink), p[0], p[1], false));
                }
            });
        }
        return new GraphContent("random", null, false, nodes, links);
    }

    private static Optional<String[]> compatiblePorts(Random random, Node source, Node sink) {
        List<String[]> pairs = new ArrayList<>();
        BLOCKS.get(source.blockId()).outputSchema().forEach((out, os) ->
                BLOCKS.get(sink.blockId()).inputSchema().forEach((in, is) -> {
                    if (os.type().feeds(is.type())) {
                        pairs.add(new String[] {out, in});
                    }
                }));
        return pairs.isEmpty() ? Optional.empty() : Optional.of(pairs.get(random.nextInt(pairs.size())));
    }

    /** A random DAG of 1..40 nodes from up to 120 link attempts. */
    private static GraphContent anyDag(Random random) {
        return randomDag(random, 1 + random.nextInt(40), random.nextInt(121));
    }

    /**
     * A random DAG of 2..40 nodes with at least one link, plus one link back from a link's sink to its source, at
     * a random position; drawn again while the DAG has no link or no compatible ports.
     */
    private static CyclicCase cyclicGraph(Random random) {
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            GraphContent dag = randomDag(random, 2 + random.nextInt(39), 1 + random.nextInt(120));
            if (dag.links().isEmpty()) {
                continue;
            }
            Link forward = dag.links().get(random.nextInt(dag.links().size()));
            Node from = dag.nodes().stream().filter(n -> n.id().equals(forward.sinkId())).findFirst().orElseThrow();
            Node to = dag.nodes().stream().filter(n -> n.id().equals(forward.sourceId())).findFirst().orElseThrow();
            Optional<String[]> ports = compatiblePorts(random, from, to);
            if (ports.isEmpty()) {
                continue;
            }
            List<Link> links = new ArrayList<>(dag.links());
            links.add(random.nextInt(links.size() + 1),
                    new Link(UUID.randomUUID(), from.id(), to.id(), ports.get()[0], ports.get()[1], false));
            return new CyclicCase(new GraphContent(dag.name(), null, false, dag.nodes(), links), from.id(), to.id());
        }
        throw new IllegalStateException("no DAG with a link and a compatible back link in " + MAX_DRAWS + " draws");
    }

    /** A graph with one cycle, closed by the link from {@code from} to {@code to}. */
    private record CyclicCase(GraphContent graph, String from, String to) {
    }

    @Test
    void randomDagWithCompatiblePorts_isValid() {
        RandomCases.forAll(300, GraphValidatorPropertyTest::anyDag,
                g -> assertThat(GraphValidator.validate(g, CATALOG)).isEmpty());
    }

    @Test
    void randomDagPlusOneBackEdge_hasExactlyOneCycleViolation() {
        RandomCases.forAll(300, GraphValidatorPropertyTest::cyclicGraph, cyclic -> {
            List<Violation> violations = GraphValidator.validate(cyclic.graph(), CATALOG);

            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.path()).matches("links\\[\\d+\\]");
                assertThat(v.message()).startsWith("creates a cycle: ").contains(cyclic.from() + " -> " + cyclic.to());
            });
        });
    }
}
