package dev.agentdata.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of plans (node executions created and moved, graph executions moved, with costs and cascades),
 * each carried out on domain values as the memory adapter does: the stats always equal a recount, an ended graph
 * execution has no active node execution, and a cascade ends exactly the ones the stats counted. The seed is in
 * every failure message.
 */
class ExecutionPlansPropertyTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final ExecutionStatus[] STATUSES = ExecutionStatus.values();

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 1_000, 31_337, 2_026, 99_991, 123_456_789})
    void randomPlanSequences_keepTheStatsEqualToARecount(long seed) {
        Random random = new Random(seed);
        for (int sequence = 0; sequence < 100; sequence++) {
            GraphExecution graph = GraphExecution.queued(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(),
                    Map.of(), T0);
            List<NodeExecution> nodes = new ArrayList<>();
            for (int step = 0; step < 40; step++) {
                String where = "seed " + seed + ", sequence " + sequence + ", step " + step;
                Instant at = T0.plusSeconds(step);
                int pick = random.nextInt(10);
                if (pick < 3 || nodes.isEmpty()) {
                    NodeCreation creation = new NodeCreation(NodeExecution.queued(UUID.randomUUID(), graph.id(), "n",
                            Map.of(), at));
                    if (creation.decide(graph, true) instanceof TransitionOutcome.Applied<NodeExecution> added) {
                        nodes.add(added.value());
                        graph = creation.graphAfter(graph);
                    }
                } else if (pick < 9) {
                    int i = random.nextInt(nodes.size());
                    ExecutionStatus to = STATUSES[random.nextInt(STATUSES.length)];
                    Long cost = to == ExecutionStatus.COMPLETED && random.nextBoolean() ? (long) random.nextInt(9) : null;
                    NodeTransition plan = new NodeTransition(to, at, null, null, cost);
                    if (plan.decide(graph, nodes.get(i)) instanceof TransitionOutcome.Applied<NodeExecution> moved) {
                        graph = plan.graphAfter(graph, nodes.get(i));
                        nodes.set(i, moved.value());
                    }
                } else {
                    GraphTransition plan = GraphTransition.to(STATUSES[random.nextInt(STATUSES.length)], at, null, null);
                    if (plan.decide(graph) instanceof TransitionOutcome.Applied<GraphExecution> moved) {
                        graph = moved.value();
                        int ended = plan.cascades() ? endActive(nodes, plan.nodeCascade()) : 0;
                        assertThat(ended).as(where).isEqualTo(moved.cascaded());
                    }
                }
                assertThat(graph.stats()).as(where).isEqualTo(ExecutionStats.recount(nodes));
                if (graph.status().isTerminal()) {
                    assertThat(nodes).as(where).noneMatch(n -> n.status().isActive());
                }
            }
        }
    }

    private static int endActive(List<NodeExecution> nodes, NodeTransition cascade) {
        int ended = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).status().isActive()) {
                nodes.set(i, cascade.applyTo(nodes.get(i)));
                ended++;
            }
        }
        return ended;
    }
}
