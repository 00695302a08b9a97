package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.execution.TransitionGuard;
import dev.agentdata.domain.execution.TransitionOutcome;
import dev.agentdata.domain.execution.TransitionOutcome.Applied;
import dev.agentdata.domain.execution.TransitionOutcome.Blocked;
import dev.agentdata.domain.execution.TransitionOutcome.NotFound;
import dev.agentdata.domain.execution.TransitionOutcome.Refused;
import dev.agentdata.domain.execution.TransitionOutcome.UnknownNode;
import dev.agentdata.domain.graph.BuiltInBlocks;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphContent;
import dev.agentdata.domain.graph.Node;
import dev.agentdata.domain.graph.NodeType;

/** What every {@link dev.agentdata.application.port.out.ExecutionRepository} must do with node executions. */
public abstract class NodeExecutionContractTest extends StorageContractSupport {

    private Graph graph() {
        return newGraph(newUser().id(), T0);
    }

    private TransitionOutcome<NodeExecution> transitionNode(GraphExecution e, NodeExecution n, NodeTransition plan) {
        return storage.executions().transitionNode(e.userId(), e.id(), n.id(), plan);
    }

    private TransitionOutcome<NodeExecution> addNode(GraphExecution e, UUID owner) {
        NodeExecution n = NodeExecution.queued(UUID.randomUUID(), e.id(), "in", Map.of(), at(9));
        return storage.executions().addNode(owner, new NodeCreation(n));
    }

    @Test
    void addNode_thenFindAndListInCreationOrder() {
        GraphExecution e = newExecution(graph(), at(1));
        GraphExecution other = newExecution(graph(), at(1));
        NodeExecution a = newNode(e, "in", at(2));
        NodeExecution b = newNode(e, "out", at(3));
        NodeExecution c = newNode(e, "in", at(4));
        newNode(other, "in", at(5));

        assertThat(nodesOf(e)).containsExactly(a, b, c);
        assertThat(storage.executions().findNode(e.userId(), e.id(), b.id())).contains(b);
        assertThat(storage.executions().findNode(e.userId(), other.id(), b.id())).isEmpty();
        assertThat(storage.executions().findNode(e.userId(), e.id(), UUID.randomUUID())).isEmpty();
        assertThat(storage.executions().findNode(newUser().id(), e.id(), b.id())).isEmpty();
        assertThat(storage.executions().listNodes(e.userId(), UUID.randomUUID(), Optional.empty(),
                PageRequest.first(10))).isEmpty();
    }

    @Test
    void addNode_isAllowedExactlyWhileTheGraphExecutionHasNotEnded() {
        Graph g = graph();
        for (ExecutionStatus graphStatus : ExecutionStatus.values()) {
            GraphExecution e = newExecution(g, at(1), graphStatus);

            TransitionOutcome<NodeExecution> result = addNode(e, e.userId());

            if (graphStatus.isTerminal()) {
                assertThat(result).as("%s", graphStatus).isEqualTo(new Blocked<>(graphStatus, TransitionGuard.GRAPH_NOT_ENDED));
                assertThat(nodesOf(e)).isEmpty();
            } else {
                assertThat(result).as("%s", graphStatus).isInstanceOf(Applied.class);
                assertThat(nodesOf(e)).containsExactly(result.orElseThrow().value());
            }
        }
    }

    @Test
    void addNode_ofANodeNotInTheGraphVersion_isUnknownNode_beforeAnEndedExecution_andChangesNothing() {
        Graph g = graph();
        Graph v2 = graphVersion(g.id(), 2, g.userId(), at(1));
        Graph withOnlyOther = new Graph(v2.id(), 2, true, g.userId(), at(1), at(1), new GraphContent("v2",
                "", false, List.of(new Node("other", BuiltInBlocks.AGENT_OUTPUT, "Other", Map.of(), Map.of(),
                        NodeType.OUTPUT)), List.of()));
        storage.graphs().insertVersion(withOnlyOther);
        for (ExecutionStatus graphStatus : List.of(ExecutionStatus.RUNNING, ExecutionStatus.COMPLETED)) {
            GraphExecution onV1 = newExecution(g, at(1), graphStatus);
            GraphExecution onV2 = newExecution(withOnlyOther, at(1), graphStatus);

            assertThat(add(onV1, "ghost")).as("%s", graphStatus).isEqualTo(new UnknownNode<>("ghost", 1));
            assertThat(add(onV1, "other")).as("a node of another version").isEqualTo(new UnknownNode<>("other", 1));
            assertThat(add(onV2, "in")).as("a node of another version").isEqualTo(new UnknownNode<>("in", 2));
            assertThat(nodesOf(onV1)).isEmpty();
            assertThat(nodesOf(onV2)).isEmpty();
            assertThat(reload(onV1).stats().queued()).isZero();
            assertThat(reload(onV1).stats()).isEqualTo(onV1.stats());
        }
        GraphExecution running = newExecution(withOnlyOther, at(1), ExecutionStatus.RUNNING);
        assertThat(add(running, "other")).isInstanceOf(Applied.class);
        assertThat(add(running, "ghost")).as("an unknown node of a running execution")
                .isEqualTo(new UnknownNode<>("ghost", 2));
        assertThat(storage.executions().addNode(newUser().id(), new NodeCreation(NodeExecution.queued(
                UUID.randomUUID(), running.id(), "ghost", Map.of(), at(9)))))
                .isEqualTo(new NotFound<>("execution", running.id()));
    }

    private TransitionOutcome<NodeExecution> add(GraphExecution e, String nodeId) {
        return storage.executions().addNode(e.userId(), new NodeCreation(
                NodeExecution.queued(UUID.randomUUID(), e.id(), nodeId, Map.of(), at(9))));
    }

    @Test
    void anotherUsersOrAnUnknownExecution_nodeChanges_areNotFound_andChangeNothing() {
        GraphExecution e = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        NodeExecution n = newNode(e, "in", at(2));
        UUID stranger = newUser().id();
        NodeTransition run = new NodeTransition(ExecutionStatus.RUNNING, at(3), null, null, null);

        assertThat(addNode(e, stranger)).isEqualTo(new NotFound<>("execution", e.id()));
        assertThat(storage.executions().transitionNode(stranger, e.id(), n.id(), run))
                .isEqualTo(new NotFound<>("execution", e.id()));
        assertThat(storage.executions().transitionNode(e.userId(), e.id(), UUID.randomUUID(), run))
                .isInstanceOfSatisfying(NotFound.class, f -> assertThat(f.resource()).isEqualTo("node execution"));
        assertThat(nodesOf(e)).containsExactly(n);
        assertThat(reload(e).stats().queued()).isEqualTo(1);
    }

    @Test
    void transitionNode_followsTheStatusTable_andStoresCost() {
        GraphExecution e = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        for (ExecutionStatus from : ExecutionStatus.values()) {
            for (ExecutionStatus to : ExecutionStatus.values()) {
                NodeExecution n = newNode(e, at(2), from);

                TransitionOutcome<NodeExecution> result = transitionNode(e, n,
                        new NodeTransition(to, at(3), null, null, null));

                if (from.canMoveTo(to)) {
                    assertThat(result).as(from + " -> " + to).isInstanceOf(Applied.class);
                } else {
                    assertThat(result).as(from + " -> " + to).isEqualTo(new Refused<>(from, to));
                }
            }
        }
        NodeExecution n = newNode(e, at(4), ExecutionStatus.RUNNING);
        NodeExecution done = transitionNode(e, n, new NodeTransition(ExecutionStatus.COMPLETED, at(5),
                Map.of("result", "ok"), null, 42L)).orElseThrow().value();
        assertThat(done.executionCost()).isEqualTo(42);
        assertThat(done.startedAt()).isEqualTo(at(4));
        assertThat(done.endedAt()).isEqualTo(at(5));
        assertThat(storage.executions().findNode(e.userId(), e.id(), n.id())).contains(done);
    }

    @Test
    void transitionNode_isBlockedFromEveryStatusOnceTheGraphExecutionEnded() {
        Graph g = graph();
        for (ExecutionStatus graphEnd : List.of(ExecutionStatus.COMPLETED, ExecutionStatus.FAILED)) {
            GraphExecution e = newExecution(g, at(1), ExecutionStatus.RUNNING);
            List<NodeExecution> nodes = List.of(newNode(e, at(2), ExecutionStatus.COMPLETED),
                    newNode(e, at(2), ExecutionStatus.FAILED), newNode(e, at(2), ExecutionStatus.CANCELLED));
            move(e, graphEnd, at(3));
            for (NodeExecution n : nodes) {
                for (ExecutionStatus to : ExecutionStatus.values()) {
                    assertThat(transitionNode(e, n, new NodeTransition(to, at(4), null, null, null)))
                            .as(graphEnd + ": " + n.status() + " -> " + to)
                            .isEqualTo(new Blocked<>(graphEnd, TransitionGuard.GRAPH_NOT_ENDED));
                }
            }
            assertThat(nodesOf(e)).containsExactlyElementsOf(nodes);
        }
    }

    @Test
    void sixteenThreadsRacingTheSameNodeTransition_exactlyOneWins() throws Exception {
        GraphExecution e = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        NodeExecution n = newNode(e, at(2), ExecutionStatus.RUNNING);

        List<TransitionOutcome<NodeExecution>> results = race(16, () -> transitionNode(e, n,
                new NodeTransition(ExecutionStatus.COMPLETED, at(3), null, null, 1L)));

        assertThat(results).filteredOn(r -> r instanceof Applied).hasSize(1);
        assertThat(results).filteredOn(r -> !(r instanceof Applied))
                .allMatch(r -> r.equals(new Refused<>(ExecutionStatus.COMPLETED, ExecutionStatus.COMPLETED)));
        assertThat(storage.executions().findNode(e.userId(), e.id(), n.id()).orElseThrow().status())
                .isEqualTo(ExecutionStatus.COMPLETED);
        assertThat(reload(e).stats().cost()).isEqualTo(1);
    }

    @Test
    void cancel_endsOnlyQueuedAndRunningNodes_atTheSameInstant() {
        GraphExecution e = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        NodeExecution queued = newNode(e, at(2), ExecutionStatus.QUEUED);
        NodeExecution running = newNode(e, at(2), ExecutionStatus.RUNNING);
        NodeExecution completed = newNode(e, at(2), ExecutionStatus.COMPLETED);
        NodeExecution failed = newNode(e, at(2), ExecutionStatus.FAILED);
        GraphExecution other = newExecution(graph(), at(1), ExecutionStatus.RUNNING);
        NodeExecution elsewhere = newNode(other, at(2), ExecutionStatus.RUNNING);
        assertThat(reload(e).stats().active()).isEqualTo(2);

        TransitionOutcome.Applied<GraphExecution> ended = storage.executions().transition(e.userId(), e.id(),
                GraphTransition.to(ExecutionStatus.CANCELLED, at(9), null, null)).orElseThrow();

        assertThat(ended.cascaded()).isEqualTo(2);
        assertThat(storage.executions().findNode(e.userId(), e.id(), queued.id()).orElseThrow())
                .extracting(NodeExecution::status, NodeExecution::endedAt).containsExactly(ExecutionStatus.CANCELLED, at(9));
        assertThat(storage.executions().findNode(e.userId(), e.id(), running.id()).orElseThrow())
                .extracting(NodeExecution::status, NodeExecution::endedAt).containsExactly(ExecutionStatus.CANCELLED, at(9));
        assertThat(storage.executions().findNode(e.userId(), e.id(), completed.id())).contains(completed);
        assertThat(storage.executions().findNode(e.userId(), e.id(), failed.id())).contains(failed);
        assertThat(storage.executions().findNode(other.userId(), other.id(), elsewhere.id())).contains(elsewhere);
        assertThat(reload(e).stats().active()).isZero();
        assertThat(reload(e).stats().cancelled()).isEqualTo(2);
        assertThat(reload(other).stats().active()).isEqualTo(1);
        assertThat(ended.value()).isEqualTo(reload(e));
    }

    @Test
    void withoutNodes_failure_cascadesToNone() {
        GraphExecution e = newExecution(graph(), at(1));

        assertThat(reload(e).stats().active()).isZero();
        assertThat(storage.executions().transition(e.userId(), e.id(),
                GraphTransition.to(ExecutionStatus.FAILED, at(2), null, null)).orElseThrow().cascaded()).isZero();
    }
}
