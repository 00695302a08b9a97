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

import dev.agentdata.domain.common.Violation;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Random DAGs over the built-in blocks are valid; one back edge makes exactly one cycle violation. */
class GraphValidatorPropertyTest {
    private static final List<Block> BLOCK_LIST = List.copyOf(BuiltInBlocks.all());

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

    @Property(tries = 300)
    void randomDagWithCompatiblePorts_isValid(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size,
                                              @ForAll @IntRange(min = 0, max = 120) int linkAttempts) {
        GraphContent g = randomDag(new Random(seed), size, linkAttempts);

        assertThat(GraphValidator.validate(g, CATALOG)).isEmpty();
    }

    @Property(tries = 300)
    void randomDagPlusOneBackEdge_hasExactlyOneCycleViolation(@ForAll long seed,
                                                             @ForAll @IntRange(min = 2, max = 40) int size,
                                                             @ForAll @IntRange(min = 1, max = 120) int linkAttempts) {
        Random random = new Random(seed);
        GraphContent dag = randomDag(random, size, linkAttempts);
        Assume.that(!dag.links().isEmpty());
        Link forward = dag.links().get(random.nextInt(dag.links().size()));
        Node from = dag.nodes().stream().filter(n -> n.id().equals(forward.sinkId())).findFirst().orElseThrow();
        Node to = dag.nodes().stream().filter(n -> n.id().equals(forward.sourceId())).findFirst().orElseThrow();
        Optional<String[]> ports = compatiblePorts(random, from, to);
        Assume.that(ports.isPresent());
        List<Link> links = new ArrayList<>(dag.links());
        links.add(random.nextInt(links.size() + 1),
                new Link(UUID.randomUUID(), from.id(), to.id(), ports.get()[0], ports.get()[1], false));
        GraphContent cyclic = new GraphContent(dag.name(), null, false, dag.nodes(), links);

        List<Violation> violations = GraphValidator.validate(cyclic, CATALOG);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.path()).matches("links\\[\\d+\\]");
            assertThat(v.message()).startsWith("creates a cycle: ").contains(from.id() + " -> " + to.id());
        });
    }
}
