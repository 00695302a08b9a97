package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.execution.ExecutionStats;
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
import dev.agentdata.domain.graph.Graph;

/**
 * What every {@link dev.agentdata.application.port.out.ExecutionRepository} must hold when node changes race their
 * graph execution's own: the guards hold, cascades miss nothing, nothing deadlocks and the stats stay exact.
 */
public abstract class ExecutionRaceContractTest extends StorageContractSupport {
    private static final int ROUNDS = 60;

    private TransitionOutcome<NodeExecution> addNode(GraphExecution e) {
        NodeExecution n = NodeExecution.queued(UUID.randomUUID(), e.id(), "in", Map.of(), at(3));
        return storage.executions().addNode(e.userId(), new NodeCreation(n));
    }

    private TransitionOutcome<?> end(GraphExecution e, ExecutionStatus to) {
        return storage.executions().transition(e.userId(), e.id(), GraphTransition.to(to, at(4), null, null));
    }

    private void assertConsistent(GraphExecution e, int round) {
        GraphExecution now = reload(e);
        List<NodeExecution> nodes = nodesOf(e);
        assertThat(now.stats()).as("round %d", round).isEqualTo(ExecutionStats.recount(nodes));
        if (now.status().isTerminal()) {
            assertThat(nodes).as("round %d: active node executions of a %s execution", round, now.status())
                    .noneMatch(n -> n.status().isActive());
        }
    }

    @Test
    void nodeInsertRacingTheCompletion_neverLeavesACompletedExecutionWithAnActiveNode() throws Exception {
        Graph g = newGraph(newUser().id(), T0);
        for (int round = 0; round < ROUNDS; round++) {
            GraphExecution e = newExecution(g, at(1), ExecutionStatus.RUNNING);

            List<TransitionOutcome<?>> results = ConcurrentTasks.race(2,
                    i -> i == 0 ? addNode(e) : end(e, ExecutionStatus.COMPLETED));

            boolean added = results.get(0) instanceof Applied;
            boolean completed = results.get(1) instanceof Applied;
            assertThat(added ^ completed).as("round %d: exactly one wins, %s", round, results).isTrue();
            assertThat(results.get(added ? 1 : 0)).as("round %d", round).isInstanceOf(Blocked.class);
            assertConsistent(e, round);
        }
    }

    @Test
    void nodeInsertsRacingACancel_areAllCancelledOrRefused() throws Exception {
        Graph g = newGraph(newUser().id(), T0);
        for (int round = 0; round < ROUNDS; round++) {
            GraphExecution e = newExecution(g, at(1), ExecutionStatus.RUNNING);
            newNode(e, at(2), ExecutionStatus.RUNNING);

            List<TransitionOutcome<?>> results = ConcurrentTasks.race(4,
                    i -> i == 0 ? end(e, ExecutionStatus.CANCELLED) : addNode(e));

            assertThat(results.getFirst()).as("round %d", round).isInstanceOf(Applied.class);
            long added = results.stream().skip(1).filter(r -> r instanceof Applied).count();
            assertThat(((Applied<?>) results.getFirst()).cascaded()).as("round %d", round).isEqualTo(1 + added);
            assertThat(results.stream().skip(1).filter(r -> !(r instanceof Applied)))
                    .allMatch(r -> r.equals(new Blocked<>(ExecutionStatus.CANCELLED, TransitionGuard.GRAPH_NOT_ENDED)));
            assertConsistent(e, round);
        }
    }

    @Test
    void nodeChangesRacingAFailure_neverDeadlock_andNoNodeMovesAfterItsExecutionEnded() throws Exception {
        Graph g = newGraph(newUser().id(), T0);
        for (int round = 0; round < ROUNDS / 3; round++) {
            GraphExecution e = newExecution(g, at(1), ExecutionStatus.RUNNING);
            List<NodeExecution> nodes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                nodes.add(newNode(e, at(2), i % 2 == 0 ? ExecutionStatus.RUNNING : ExecutionStatus.QUEUED));
            }

            List<TransitionOutcome<?>> results = ConcurrentTasks.race(nodes.size() + 1, i -> i == nodes.size()
                    ? end(e, ExecutionStatus.FAILED)
                    : storage.executions().transitionNode(e.userId(), e.id(), nodes.get(i).id(),
                            new NodeTransition(endOf(nodes.get(i)), at(3), null, null, null)));

            Applied<?> failure = (Applied<?>) results.getLast();
            List<TransitionOutcome<?>> nodeResults = results.subList(0, nodes.size());
            List<NodeExecution> after = nodesOf(e);
            assertThat(nodeResults).as("round %d", round).allMatch(r -> r instanceof Applied
                    || r.equals(new Blocked<>(ExecutionStatus.FAILED, TransitionGuard.GRAPH_NOT_ENDED)));
            assertThat(after).filteredOn(n -> at(3).equals(n.endedAt())).as("round %d: moved by their own change", round)
                    .hasSize((int) nodeResults.stream().filter(r -> r instanceof Applied).count());
            assertThat(after).filteredOn(n -> at(4).equals(n.endedAt())).as("round %d: ended by the cascade", round)
                    .hasSize(failure.cascaded()).allMatch(n -> n.status() == ExecutionStatus.FAILED);
            assertConsistent(e, round);
        }
    }

    /** A status that each node execution may move to from its own: completed from running, cancelled from queued. */
    private static ExecutionStatus endOf(NodeExecution n) {
        return n.status() == ExecutionStatus.RUNNING ? ExecutionStatus.COMPLETED : ExecutionStatus.CANCELLED;
    }
}
