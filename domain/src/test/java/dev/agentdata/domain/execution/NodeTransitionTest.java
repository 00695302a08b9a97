package dev.agentdata.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.common.ValidationException;

/** The node execution's plans and its creation: the cost rule, the guard on the graph execution, the stats. */
class NodeTransitionTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3);

    private final GraphExecution running = GraphExecution.queued(UUID.randomUUID(), UUID.randomUUID(), 1,
            UUID.randomUUID(), Map.of(), T0).transitionTo(ExecutionStatus.RUNNING, T0, null, null);

    private NodeExecution node(ExecutionStatus status) {
        NodeExecution n = NodeExecution.queued(UUID.randomUUID(), running.id(), "n", Map.of(), T0);
        return status == ExecutionStatus.QUEUED ? n
                : status == ExecutionStatus.COMPLETED ? n.transitionTo(ExecutionStatus.RUNNING, T0, null, null, null)
                        .transitionTo(ExecutionStatus.COMPLETED, T0, null, null, null)
                : n.transitionTo(status, T0, null, null, null);
    }

    @Test
    void aCost_comesOnlyWithCompleted_andIsNeverNegative() {
        assertThatThrownBy(() -> new NodeTransition(ExecutionStatus.FAILED, T1, null, null, 1L))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().getFirst().path())
                        .isEqualTo("execution_cost"))
                .hasMessageContaining("only be given with status completed");
        assertThatThrownBy(() -> new NodeTransition(ExecutionStatus.COMPLETED, T1, null, null, -1L))
                .isInstanceOf(ValidationException.class).hasMessageContaining(">= 0");
        assertThat(new NodeTransition(ExecutionStatus.COMPLETED, T1, null, null, 5L).charge()).isEqualTo(5);
        assertThat(new NodeTransition(ExecutionStatus.COMPLETED, T1, null, null, 0L).charge()).isZero();
        assertThat(new NodeTransition(ExecutionStatus.COMPLETED, T1, null, null, null).charge()).isZero();
    }

    @Test
    void fromEveryStatus_underARunningGraph_followsTheTable() {
        for (ExecutionStatus from : ExecutionStatus.values()) {
            for (ExecutionStatus to : ExecutionStatus.values()) {
                NodeExecution n = node(from);

                TransitionOutcome<NodeExecution> outcome = new NodeTransition(to, T1, null, null, null)
                        .decide(running, n);

                assertThat(outcome).as(from + " -> " + to).isEqualTo(from.canMoveTo(to)
                        ? new TransitionOutcome.Applied<>(n.transitionTo(to, T1, null, null, null), 0)
                        : new TransitionOutcome.Refused<>(from, to));
            }
        }
    }

    @Test
    void underAnEndedGraph_everyChangeAndCreation_isBlocked() {
        for (ExecutionStatus end : ExecutionStatus.values()) {
            if (!end.isTerminal()) {
                continue;
            }
            GraphExecution ended = running.withStats(ExecutionStats.NONE).transitionTo(end, T1, null, null);
            for (ExecutionStatus from : ExecutionStatus.values()) {
                assertThat(new NodeTransition(ExecutionStatus.FAILED, T1, null, null, null).decide(ended, node(from)))
                        .as(end + ": " + from)
                        .isEqualTo(new TransitionOutcome.Blocked<>(end, TransitionGuard.GRAPH_NOT_ENDED));
            }
            assertThat(new NodeCreation(node(ExecutionStatus.QUEUED)).decide(ended, true))
                    .isEqualTo(new TransitionOutcome.Blocked<>(end, TransitionGuard.GRAPH_NOT_ENDED));
        }
    }

    @Test
    void graphAfter_movesTheCountAndAddsTheCharge() {
        GraphExecution withOne = new NodeCreation(node(ExecutionStatus.QUEUED)).graphAfter(running);
        NodeExecution started = node(ExecutionStatus.RUNNING);
        GraphExecution afterStart = new NodeTransition(ExecutionStatus.RUNNING, T1, null, null, null)
                .graphAfter(withOne, node(ExecutionStatus.QUEUED));
        GraphExecution afterCompletion = new NodeTransition(ExecutionStatus.COMPLETED, T1, null, null, 6L)
                .graphAfter(afterStart, started);

        assertThat(withOne.stats()).isEqualTo(new ExecutionStats(1, 0, 0, 0, 0, 0, 0));
        assertThat(afterStart.stats()).isEqualTo(new ExecutionStats(0, 1, 0, 0, 0, 0, 0));
        assertThat(afterCompletion.stats()).isEqualTo(new ExecutionStats(0, 0, 1, 0, 0, 0, 6));
    }

    @Test
    void aNodeExecution_isCreatedQueuedAndUnstamped() {
        assertThatThrownBy(() -> new NodeCreation(node(ExecutionStatus.RUNNING)))
                .isInstanceOf(IllegalArgumentException.class);
        NodeExecution queued = node(ExecutionStatus.QUEUED);
        assertThat(new NodeCreation(queued).decide(running, true)).isEqualTo(new TransitionOutcome.Applied<>(queued, 0));
    }

    @Test
    void anUnknownNode_isReportedBeforeAnEndedExecution() {
        NodeCreation creation = new NodeCreation(node(ExecutionStatus.QUEUED));
        GraphExecution ended = running.withStats(ExecutionStats.NONE).transitionTo(ExecutionStatus.COMPLETED, T1,
                null, null);
        for (GraphExecution graph : java.util.List.of(running, ended)) {
            assertThat(creation.decide(graph, false)).isEqualTo(
                    new TransitionOutcome.UnknownNode<>(creation.node().nodeId(), graph.graphVersion()));
        }
        assertThatThrownBy(() -> creation.decide(running, false).orElseThrow())
                .isInstanceOf(dev.agentdata.domain.common.ValidationException.class)
                .hasMessageContaining("no node '" + creation.node().nodeId() + "' in graph version "
                        + running.graphVersion());
    }
}
