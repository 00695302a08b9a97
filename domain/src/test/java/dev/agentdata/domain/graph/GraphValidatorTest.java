package dev.agentdata.domain.graph;

import static dev.agentdata.domain.graph.BuiltInBlocks.ADD_NUMBERS;
import static dev.agentdata.domain.graph.BuiltInBlocks.AGENT_INPUT;
import static dev.agentdata.domain.graph.BuiltInBlocks.AGENT_OUTPUT;
import static dev.agentdata.domain.graph.BuiltInBlocks.HTTP_REQUEST;
import static dev.agentdata.domain.graph.BuiltInBlocks.TEXT_TEMPLATE;
import static dev.agentdata.domain.graph.Graphs.CATALOG;
import static dev.agentdata.domain.graph.Graphs.graph;
import static dev.agentdata.domain.graph.Graphs.link;
import static dev.agentdata.domain.graph.Graphs.node;
import static dev.agentdata.domain.graph.Graphs.nodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import dev.agentdata.domain.common.Violation;
import org.junit.jupiter.api.Test;

/** The structural rules of API.md "Graphs", one test per rule, with exact violation paths. */
class GraphValidatorTest {

    private static List<Violation> validate(GraphContent g) {
        return GraphValidator.validate(g, CATALOG);
    }

    private static List<String> paths(GraphContent g) {
        return validate(g).stream().map(Violation::path).toList();
    }

    @Test
    void wellFormedGraph_hasNoViolations() {
        GraphContent g = graph(nodes(node("in", AGENT_INPUT), node("tpl", TEXT_TEMPLATE), node("http", HTTP_REQUEST),
                        node("add", ADD_NUMBERS), node("out", AGENT_OUTPUT)),
                link("in", "result", "tpl", "template"),
                link("tpl", "text", "http", "url"),
                link("http", "status", "add", "a"),
                link("add", "sum", "out", "value"));

        assertThat(validate(g)).isEmpty();
    }

    @Test
    void noNodes_isReportedAtNodes() {
        assertThat(validate(graph(List.of(), List.of())))
                .extracting(Violation::path, Violation::message)
                .containsExactly(tuple("nodes", "a graph needs at least one node"));
    }

    @Test
    void duplicateNodeId_isReportedAtTheSecondOccurrence() {
        GraphContent g = graph(nodes(node("a", ADD_NUMBERS), node("b", ADD_NUMBERS), node("a", AGENT_OUTPUT)));

        assertThat(validate(g)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("nodes[2].id");
            assertThat(v.message()).contains("'a'").contains("nodes[0]");
        });
    }

    @Test
    void linkToMissingSource_isReportedAtSourceId() {
        GraphContent g = graph(nodes(node("a", ADD_NUMBERS)), link("ghost", "sum", "a", "a"));

        assertThat(validate(g)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("links[0].source_id");
            assertThat(v.message()).contains("ghost");
        });
    }

    @Test
    void linkToMissingSink_isReportedAtSinkId() {
        GraphContent g = graph(nodes(node("a", ADD_NUMBERS), node("b", ADD_NUMBERS)),
                link("a", "sum", "b", "a"), link("a", "sum", "nowhere", "a"));

        assertThat(paths(g)).containsExactly("links[1].sink_id");
    }

    @Test
    void unknownBlock_isReportedAtBlockId() {
        GraphContent g = graph(nodes(node("a", ADD_NUMBERS), node("b", "no-such-block")));

        assertThat(validate(g)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("nodes[1].block_id");
            assertThat(v.message()).contains("no-such-block");
        });
    }

    @Test
    void sourcePortNotAnOutputOfSourceBlock_isReportedAtSourceName() {
        GraphContent g = graph(nodes(node("a", ADD_NUMBERS), node("b", ADD_NUMBERS)),
                link("a", "sum", "b", "a"), link("a", "a", "b", "b"));

        assertThat(validate(g)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("links[1].source_name");
            assertThat(v.message()).contains("'a'").contains("Add Numbers");
        });
    }

    @Test
    void sinkPortNotAnInputOfSinkBlock_isReportedAtSinkName() {
        GraphContent g = graph(nodes(node("a", ADD_NUMBERS), node("b", ADD_NUMBERS)),
                link("a", "sum", "b", "a"), link("a", "sum", "b", "b"), link("a", "sum", "b", "c"),
                link("a", "sum", "b", "sum"));

        assertThat(paths(g)).containsExactly("links[2].sink_name", "links[3].sink_name");
    }

    @Test
    void linkFromOrToUnknownBlock_reportsOnlyTheBlock() {
        GraphContent g = graph(nodes(node("a", "mystery"), node("b", ADD_NUMBERS)), link("a", "whatever", "b", "a"));

        assertThat(paths(g)).containsExactly("nodes[0].block_id");
    }

    @Test
    void equalTypes_areCompatible() {
        GraphContent g = graph(nodes(node("t", TEXT_TEMPLATE), node("h", HTTP_REQUEST)), link("t", "text", "h", "url"));

        assertThat(validate(g)).isEmpty();
    }

    @Test
    void anyOnEitherSide_isCompatible() {
        GraphContent anySource = graph(nodes(node("i", AGENT_INPUT), node("s", ADD_NUMBERS)),
                link("i", "result", "s", "a"));
        GraphContent anySink = graph(nodes(node("h", HTTP_REQUEST), node("o", AGENT_OUTPUT)),
                link("h", "headers", "o", "value"));

        assertThat(validate(anySource)).isEmpty();
        assertThat(validate(anySink)).isEmpty();
    }

    @Test
    void integerIntoNumber_isCompatible() {
        GraphContent g = graph(nodes(node("h", HTTP_REQUEST), node("s", ADD_NUMBERS)), link("h", "status", "s", "b"));

        assertThat(validate(g)).isEmpty();
    }

    @Test
    void stringIntoNumber_isRefusedAtTheLink() {
        GraphContent g = graph(nodes(node("t", TEXT_TEMPLATE), node("s", ADD_NUMBERS)), link("t", "text", "s", "a"));

        assertThat(validate(g)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("links[0]");
            assertThat(v.message()).contains("string").contains("number");
        });
    }

    @Test
    void objectIntoString_andNumberIntoString_areRefused() {
        GraphContent g = graph(nodes(node("h", HTTP_REQUEST), node("s", ADD_NUMBERS), node("t", TEXT_TEMPLATE)),
                link("h", "headers", "t", "template"), link("s", "sum", "h", "url"));

        assertThat(paths(g)).containsExactly("links[0]", "links[1]");
    }

    @Test
    void portTypeFeeds_followsTheApiRule() {
        for (PortType source : PortType.values()) {
            for (PortType sink : PortType.values()) {
                boolean expected = source == sink || source == PortType.ANY || sink == PortType.ANY
                        || (source == PortType.INTEGER && sink == PortType.NUMBER);
                assertThat(source.feeds(sink)).as("%s -> %s", source, sink).isEqualTo(expected);
            }
        }
        assertThat(PortType.NUMBER.feeds(PortType.INTEGER)).isFalse();
    }

    @Test
    void cycle_isReportedOnceWithItsNodesNamed() {
        GraphContent g = graph(nodes(node("a", ADD_NUMBERS), node("b", ADD_NUMBERS), node("c", ADD_NUMBERS)),
                link("a", "sum", "b", "a"), link("b", "sum", "c", "a"), link("c", "sum", "a", "a"));

        assertThat(validate(g)).singleElement().satisfies(v -> {
            assertThat(v.path()).matches("links\\[[0-2]\\]");
            assertThat(v.message()).startsWith("creates a cycle: ")
                    .containsAnyOf("a -> b -> c -> a", "b -> c -> a -> b", "c -> a -> b -> c");
        });
    }

    @Test
    void cycleDownstreamOfAnAcyclicPart_isFound() {
        GraphContent g = graph(nodes(node("root", HTTP_REQUEST), node("x", ADD_NUMBERS), node("y", ADD_NUMBERS),
                        node("tail", AGENT_OUTPUT)),
                link("root", "status", "x", "a"), link("x", "sum", "y", "a"), link("y", "sum", "x", "b"),
                link("y", "sum", "tail", "value"));

        assertThat(validate(g)).singleElement().satisfies(v -> {
            assertThat(v.path()).isIn("links[1]", "links[2]");
            assertThat(v.message()).containsAnyOf("x -> y -> x", "y -> x -> y");
        });
    }

    @Test
    void selfLoop_isACycle() {
        GraphContent g = graph(nodes(node("a", ADD_NUMBERS)), link("a", "sum", "a", "b"));

        assertThat(validate(g)).extracting(Violation::path, Violation::message)
                .containsExactly(tuple("links[0]", "creates a cycle: a -> a"));
    }

    @Test
    void duplicateLink_isReportedAtTheSecondCopy() {
        GraphContent g = graph(nodes(node("a", ADD_NUMBERS), node("b", ADD_NUMBERS)),
                link("a", "sum", "b", "a"), link("a", "sum", "b", "b"), link("a", "sum", "b", "a"));

        assertThat(validate(g)).extracting(Violation::path, Violation::message)
                .containsExactly(tuple("links[2]", "duplicate of links[0]"));
    }

    @Test
    void blankName_isReported() {
        GraphContent g = new GraphContent("   ", null, false, nodes(node("a", ADD_NUMBERS)), List.of());

        assertThat(validate(g)).extracting(Violation::path, Violation::message)
                .containsExactly(tuple("name", "must not be blank"));
    }

    @Test
    void nameOf100_isAccepted_101_isReported() {
        GraphContent ok = new GraphContent("n".repeat(100), null, false, nodes(node("a", ADD_NUMBERS)), List.of());
        GraphContent tooLong = new GraphContent("n".repeat(101), null, false, nodes(node("a", ADD_NUMBERS)), List.of());

        assertThat(validate(ok)).isEmpty();
        assertThat(paths(tooLong)).containsExactly("name");
    }

    @Test
    void lengths_countCharactersNotUtf16Units() {
        String hundredEmoji = "\uD83D\uDE00".repeat(100);
        GraphContent g = new GraphContent(hundredEmoji, null, false, nodes(node("a", ADD_NUMBERS)), List.of());

        assertThat(validate(g)).isEmpty();
    }

    @Test
    void descriptionOf500_isAccepted_501_isReported_nullIsFine() {
        GraphContent ok = new GraphContent("g", "d".repeat(500), false, nodes(node("a", ADD_NUMBERS)), List.of());
        GraphContent tooLong = new GraphContent("g", "d".repeat(501), false, nodes(node("a", ADD_NUMBERS)), List.of());
        GraphContent none = new GraphContent("g", null, false, nodes(node("a", ADD_NUMBERS)), List.of());

        assertThat(validate(ok)).isEmpty();
        assertThat(paths(tooLong)).containsExactly("description");
        assertThat(validate(none)).isEmpty();
    }

    @Test
    void nodeIdOf64_isAccepted_65_isReported_blankIsReported() {
        GraphContent g = graph(nodes(node("i".repeat(64), ADD_NUMBERS), node("i".repeat(65), ADD_NUMBERS),
                node("", ADD_NUMBERS)));

        assertThat(validate(g)).extracting(Violation::path, Violation::message).containsExactly(
                tuple("nodes[1].id", "must be at most 64 characters, was 65"),
                tuple("nodes[2].id", "must not be blank"));
    }

    @Test
    void labelOf100_isAccepted_101_isReported() {
        Node ok = new Node("a", ADD_NUMBERS, "l".repeat(100), Map.of(), Map.of(), NodeType.STANDARD);
        Node tooLong = new Node("b", ADD_NUMBERS, "l".repeat(101), Map.of(), Map.of(), NodeType.STANDARD);

        assertThat(paths(graph(nodes(ok, tooLong)))).containsExactly("nodes[1].label");
    }

    @Test
    void everyBrokenRule_isReportedInOneCall() {
        Node longLabel = new Node("c", ADD_NUMBERS, "x".repeat(101), Map.of(), Map.of(), NodeType.STANDARD);
        GraphContent g = new GraphContent("", "d".repeat(501), false,
                nodes(node("a", ADD_NUMBERS), node("a", ADD_NUMBERS), longLabel, node("u", "unknown"),
                        node("t", TEXT_TEMPLATE), node("z".repeat(65), AGENT_OUTPUT)),
                List.of(link("a", "sum", "c", "a"),
                        link("c", "sum", "a", "a"),
                        link("a", "sum", "missing", "a"),
                        link("c", "sum", "t", "nope"),
                        link("t", "text", "c", "b"),
                        link("a", "sum", "c", "a"),
                        link("a", "nope", "t", "template")));

        assertThat(paths(g)).containsExactlyInAnyOrder(
                "name", "description", "nodes[1].id", "nodes[2].label", "nodes[3].block_id", "nodes[5].id",
                "links[2].sink_id", "links[3].sink_name", "links[4]", "links[5]", "links[6].source_name",
                validate(g).stream().filter(v -> v.message().startsWith("creates a cycle")).findFirst()
                        .orElseThrow().path());
        assertThat(validate(g)).filteredOn(v -> v.message().startsWith("creates a cycle")).hasSize(1);
    }

    @Test
    void benchmarkGraph_isValid() {
        GraphContent g = GraphValidatorBenchmark.dag(200, 2_000);

        assertThat(g.links()).hasSize(2_000);
        assertThat(validate(g)).isEmpty();
        assertThat(GraphValidator.runChecks(g, Map.of(), CATALOG)).isEmpty();
    }

    @Test
    void longRing_isOneCycleFoundWithoutRecursion() {
        int size = 50_000;
        List<Node> ring = new java.util.ArrayList<>();
        List<Link> links = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            ring.add(node("r" + i, ADD_NUMBERS));
            links.add(link("r" + i, "sum", "r" + ((i + 1) % size), "a"));
        }

        assertThat(validate(graph(ring, links))).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("creates a cycle: ").contains("r0 -> r1 -> r2")
                        .contains("(50000 nodes)").hasSizeLessThan(400));
    }
}
