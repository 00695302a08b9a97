package dev.agentdata.application.service.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.service.UseCaseTest;
import dev.agentdata.application.port.in.execution.TransitionCommand;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.PrunedCounts;
import dev.agentdata.application.service.ops.PruneExecutionsService;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** Pruning finished executions, on each storage adapter that runs it. */
public abstract class PruneExecutionsServiceTest extends UseCaseTest {
    private final UserContext ada = app.newActor();
    private final PruneExecutionsService prune =
            new PruneExecutionsService(app.storage.executionMaintenance(), app.clock);

    private GraphExecution finished(ExecutionStatus end) {
        GraphExecution e = app.startedRun(ada);
        NodeExecution n = NodeExecution.queued(UUID.randomUUID(), e.id(), "in", Map.of(), app.clock.instant());
        app.executionRepo.addNode(ada.userId(), new NodeCreation(n)).orElseThrow();
        if (end == ExecutionStatus.COMPLETED) {
            app.nodes.transition(ada, new dev.agentdata.application.port.in.execution.NodeTransitionCommand(
                    e.id(), n.id(), ExecutionStatus.CANCELLED, null, null, null));
            app.transitions.transition(ada, new TransitionCommand(e.id(), ExecutionStatus.RUNNING, null, null));
        }
        return app.transitions.transition(ada, new TransitionCommand(e.id(), end, null, null));
    }

    @Test
    void givenOldFinishedRecentFinishedAndAncientRunning_prune_deletesOnlyTheOldFinishedInBatches() {
        List<GraphExecution> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            old.add(finished(i % 2 == 0 ? ExecutionStatus.COMPLETED : ExecutionStatus.FAILED));
        }
        GraphExecution ancientRunning = app.transitions.transition(ada,
                new TransitionCommand(app.startedRun(ada).id(), ExecutionStatus.RUNNING, null, null));
        clock.advanceMillis(Duration.ofDays(20).toMillis());
        GraphExecution recent = finished(ExecutionStatus.CANCELLED);
        clock.advanceMillis(Duration.ofDays(1).toMillis());

        PrunedCounts counts = prune.prune(Duration.ofDays(14), 2);

        assertThat(counts).isEqualTo(new PrunedCounts(5, 5));
        assertThat(old).allMatch(e -> app.executionRepo.find(ada.userId(), e.id()).isEmpty()
                && nodesOf(e).isEmpty());
        assertThat(app.executionRepo.find(ada.userId(), ancientRunning.id())).isPresent();
        assertThat(app.executionRepo.find(ada.userId(), recent.id())).isPresent();
        assertThat(nodesOf(recent)).hasValueSatisfying(nodes -> assertThat(nodes).hasSize(1));
    }

    private Optional<List<NodeExecution>> nodesOf(GraphExecution e) {
        return app.executionRepo.listNodes(ada.userId(), e.id(), Optional.empty(), PageRequest.first(100))
                .map(Page::items);
    }

    @Test
    void givenNothingOldEnough_prune_deletesNothing() {
        finished(ExecutionStatus.COMPLETED);

        assertThat(prune.prune(Duration.ofDays(14), 100)).isEqualTo(PrunedCounts.NONE);
    }

    @Test
    void givenBadArguments_prune_isRejected() {
        assertThatThrownBy(() -> prune.prune(Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> prune.prune(Duration.ofDays(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
