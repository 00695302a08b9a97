package dev.agentdata.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.agentdata.domain.execution.ExecutionStats;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.execution.TransitionOutcome;
import dev.agentdata.domain.graph.Graph;

/** What every {@link dev.agentdata.application.port.out.ExecutionRepository} must keep of the run stats: exact counts. */
public abstract class ExecutionStatsContractTest extends StorageContractSupport {

    private GraphExecution running() {
        Graph g = newGraph(newUser().id(), T0);
        return newExecution(g, at(1), ExecutionStatus.RUNNING);
    }

    private TransitionOutcome<NodeExecution> complete(GraphExecution e, NodeExecution n, Long cost) {
        return storage.executions().transitionNode(e.userId(), e.id(), n.id(),
                new NodeTransition(ExecutionStatus.COMPLETED, at(5), Map.of("r", 1), null, cost));
    }

    @Test
    void givenNodesMovingCostsAndACascade_statsCountEveryChange() {
        GraphExecution e = running();
        NodeExecution paid = newNode(e, at(2), ExecutionStatus.RUNNING);
        NodeExecution free = newNode(e, at(2), ExecutionStatus.RUNNING);
        NodeExecution failed = newNode(e, at(2), ExecutionStatus.FAILED);
        newNode(e, at(2), ExecutionStatus.RUNNING);
        newNode(e, at(2), ExecutionStatus.QUEUED);
        newNode(e, at(2), ExecutionStatus.QUEUED);
        complete(e, paid, 7L).orElseThrow();
        complete(e, free, null).orElseThrow();
        complete(e, failed, 3L);
        assertThat(reload(e).stats()).isEqualTo(new ExecutionStats(2, 1, 2, 1, 0, 0, 7));

        GraphExecution cancelled = storage.executions().transition(e.userId(), e.id(),
                GraphTransition.to(ExecutionStatus.CANCELLED, at(6), null, null)).orElseThrow().value();

        assertThat(cancelled.stats()).isEqualTo(new ExecutionStats(0, 0, 2, 1, 3, 0, 7));
        assertThat(reload(e).stats()).isEqualTo(cancelled.stats()).isEqualTo(ExecutionStats.recount(nodesOf(e)));
    }

    @Test
    void refusedAndBlockedChanges_leaveTheStatsAlone() {
        GraphExecution e = running();
        NodeExecution n = newNode(e, at(2), ExecutionStatus.COMPLETED);
        ExecutionStats before = reload(e).stats();

        complete(e, n, 4L);
        move(e, ExecutionStatus.FAILED, at(3));
        complete(e, n, 4L);

        assertThat(reload(e).stats()).isEqualTo(before);
    }

    /** Random sequences of node and graph changes (each seed printed on failure): the stats always equal a recount. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void givenRandomChanges_statsAlwaysEqualARecount(long seed) {
        Random random = new Random(seed);
        GraphExecution e = running();
        List<NodeExecution> nodes = new ArrayList<>();
        ExecutionStatus[] statuses = ExecutionStatus.values();
        for (int step = 0; step < 30; step++) {
            int pick = random.nextInt(10);
            if (pick < 4 || nodes.isEmpty()) {
                storage.executions().addNode(e.userId(), new NodeCreation(
                        NodeExecution.queued(UUID.randomUUID(), e.id(), "in", Map.of(), at(step))));
                nodes.clear();
                nodes.addAll(nodesOf(e));
            } else if (pick < 9) {
                NodeExecution n = nodes.get(random.nextInt(nodes.size()));
                ExecutionStatus to = statuses[random.nextInt(statuses.length)];
                Long cost = to == ExecutionStatus.COMPLETED && random.nextBoolean() ? (long) random.nextInt(5) : null;
                storage.executions().transitionNode(e.userId(), e.id(), n.id(), new NodeTransition(to, at(step), null,
                        null, cost));
            } else {
                ExecutionStatus to = statuses[random.nextInt(statuses.length)];
                storage.executions().transition(e.userId(), e.id(), GraphTransition.to(to, at(step), null, null));
            }
            assertThat(reload(e).stats()).as("seed %d, step %d", seed, step).isEqualTo(ExecutionStats.recount(nodesOf(e)));
        }
    }
}
