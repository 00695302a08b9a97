package dev.agentdata.domain.graph;

import static dev.agentdata.domain.graph.BuiltInBlocks.ADD_NUMBERS;
import static dev.agentdata.domain.graph.BuiltInBlocks.AGENT_OUTPUT;
import static dev.agentdata.domain.graph.BuiltInBlocks.HTTP_REQUEST;
import static dev.agentdata.domain.graph.BuiltInBlocks.TEXT_TEMPLATE;
import static dev.agentdata.domain.graph.Graphs.CATALOG;
import static dev.agentdata.domain.graph.Graphs.graph;
import static dev.agentdata.domain.graph.Graphs.inputNode;
import static dev.agentdata.domain.graph.Graphs.link;
import static dev.agentdata.domain.graph.Graphs.node;
import static dev.agentdata.domain.graph.Graphs.nodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.agentdata.domain.common.Violation;
import org.junit.jupiter.api.Test;

/** The run checks at execution start: every required input port must be fed. */
class GraphRunChecksTest {

    private static List<String> paths(GraphContent g, Map<String, Object> inputs) {
        return GraphValidator.runChecks(g, inputs, CATALOG).stream().map(Violation::path).toList();
    }

    @Test
    void requiredPortsWithoutAnyFeed_areAllListed() {
        GraphContent g = graph(nodes(node("o", AGENT_OUTPUT), node("s", ADD_NUMBERS), node("h", HTTP_REQUEST)));

        assertThat(GraphValidator.runChecks(g, Map.of(), CATALOG))
                .extracting(Violation::path)
                .containsExactly("nodes[0].input_default.value", "nodes[1].input_default.a",
                        "nodes[1].input_default.b", "nodes[2].input_default.url");
        assertThat(GraphValidator.runChecks(g, Map.of(), CATALOG).get(1).message()).contains("'a'").contains("'s'");
    }

    @Test
    void requiredPortFedByALink_passes() {
        GraphContent g = graph(nodes(node("h", HTTP_REQUEST, Map.of("url", "https://x.io")), node("s", ADD_NUMBERS, Map.of("b", 1))),
                link("h", "status", "s", "a"));

        assertThat(paths(g, Map.of())).isEmpty();
    }

    @Test
    void requiredPortFedByInputDefault_passesEvenWhenTheValueIsNull() {
        java.util.HashMap<String, Object> defaults = new java.util.HashMap<>();
        defaults.put("template", null);
        GraphContent g = graph(nodes(node("t", TEXT_TEMPLATE, defaults)));

        assertThat(paths(g, Map.of())).isEmpty();
    }

    @Test
    void optionalPorts_needNoFeed() {
        GraphContent g = graph(nodes(node("h", HTTP_REQUEST, Map.of("url", "u"))));

        assertThat(paths(g, null)).isEmpty();
    }

    @Test
    void inputNode_isFedByAnExecutionInputKeyedByItsId() {
        GraphContent g = graph(nodes(inputNode("question"), node("o", AGENT_OUTPUT)),
                link("question", "result", "o", "value"));

        assertThat(paths(g, Map.of("question", "why?"))).isEmpty();
        assertThat(paths(g, Map.of("other", "x"))).containsExactly("nodes[0].input_default.value");
        assertThat(paths(g, null)).containsExactly("nodes[0].input_default.value");
    }

    @Test
    void standardNode_isNotFedByAnExecutionInputWithItsId() {
        GraphContent g = graph(nodes(node("s", ADD_NUMBERS, Map.of("a", 1))));

        assertThat(paths(g, Map.of("s", 2))).containsExactly("nodes[0].input_default.b");
    }

    @Test
    void linkToAnotherPortOfTheNode_doesNotFeedTheMissingOne() {
        GraphContent g = graph(nodes(node("h", HTTP_REQUEST, Map.of("url", "u")), node("s", ADD_NUMBERS)),
                link("h", "status", "s", "a"));

        assertThat(paths(g, Map.of())).containsExactly("nodes[1].input_default.b");
    }

    @Test
    void unknownBlock_isReportedAtBlockId() {
        GraphContent g = graph(nodes(node("s", ADD_NUMBERS, Map.of("a", 1, "b", 2)), node("x", "gone")));

        assertThat(paths(g, Map.of())).containsExactly("nodes[1].block_id");
    }
}
