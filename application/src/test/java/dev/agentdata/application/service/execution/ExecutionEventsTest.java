package dev.agentdata.application.service.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.service.UseCaseTest;
import dev.agentdata.application.port.in.execution.NodeTransitionCommand;
import dev.agentdata.application.port.in.execution.TransitionCommand;
import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.application.service.execution.ExecutionTransitionService;
import dev.agentdata.application.service.execution.NodeExecutionService;
import dev.agentdata.application.service.ops.TimeoutStuckExecutionsService;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.IllegalTransitionException;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** Every committed transition, by request, by cascade or by the sweeper, is reported once to {@link ExecutionEvents}. */
public abstract class ExecutionEventsTest extends UseCaseTest {
    private final UserContext ada = app.newActor();
    private final List<String> heard = new ArrayList<>();
    private final ExecutionEvents events = new ExecutionEvents() {
        @Override
        public void graphTransitioned(ExecutionStatus to) {
            heard.add("graph " + to.wireName());
        }

        @Override
        public void nodesTransitioned(ExecutionStatus to, int count) {
            heard.add("node " + to.wireName() + " x" + count);
        }
    };
    private final ExecutionTransitionService transitions =
            new ExecutionTransitionService(app.executionRepo, app.clock, events);
    private final NodeExecutionService nodes = new NodeExecutionService(app.executionRepo, app.tx,
            (e, n) -> { }, app.ids, app.clock, events);

    private GraphExecution move(GraphExecution e, ExecutionStatus to) {
        return transitions.transition(ada, new TransitionCommand(e.id(), to, null, null));
    }

    private NodeExecution moveNode(NodeExecution n, ExecutionStatus to) {
        return nodes.transition(ada, new NodeTransitionCommand(n.graphExecutionId(), n.id(), to, null, null, null));
    }

    @Test
    void givenRequests_transitions_areReportedByKindAndStatus() {
        GraphExecution run = move(app.startedRun(ada), ExecutionStatus.RUNNING);
        NodeExecution node = nodes.add(ada, run.id(), "in", Map.of());
        moveNode(node, ExecutionStatus.RUNNING);
        moveNode(node, ExecutionStatus.COMPLETED);
        move(run, ExecutionStatus.COMPLETED);

        assertThat(heard).containsExactly("graph running", "node running x1", "node completed x1", "graph completed");
    }

    @Test
    void givenActiveNodes_cancel_reportsTheCascadeWithItsCount() {
        GraphExecution run = move(app.startedRun(ada), ExecutionStatus.RUNNING);
        nodes.add(ada, run.id(), "in", Map.of());
        nodes.add(ada, run.id(), "out", Map.of());
        heard.clear();

        transitions.cancel(ada, run.id());

        assertThat(heard).containsExactly("graph cancelled", "node cancelled x2");
    }

    @Test
    void givenRefusedTransition_nothingIsReported() {
        GraphExecution run = move(app.startedRun(ada), ExecutionStatus.RUNNING);
        heard.clear();

        assertThatThrownBy(() -> move(run, ExecutionStatus.QUEUED)).isInstanceOf(IllegalTransitionException.class);

        assertThat(heard).isEmpty();
    }

    @Test
    void givenStuckRun_sweep_reportsTheTimeoutAndItsCascade() {
        GraphExecution run = move(app.startedRun(ada), ExecutionStatus.RUNNING);
        nodes.add(ada, run.id(), "in", Map.of());
        heard.clear();
        clock.advanceMillis(Duration.ofHours(7).toMillis());

        new TimeoutStuckExecutionsService(app.storage.executionMaintenance(),
                app.executionRepo, app.clock, events).timeoutStuck(Duration.ofHours(6), Duration.ofHours(24));

        assertThat(heard).containsExactly("graph timeout", "node timeout x1");
    }
}
