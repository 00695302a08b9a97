package dev.agentdata.application.service.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.service.UseCaseTest;
import dev.agentdata.application.port.in.execution.TransitionCommand;
import dev.agentdata.application.port.in.ops.SweepResult;
import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.PrunedCounts;
import dev.agentdata.application.service.ops.TimeoutStuckExecutionsService;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** The stuck-execution sweep on each storage adapter that runs it, including executions that change while it runs. */
public abstract class TimeoutStuckExecutionsServiceTest extends UseCaseTest {
    private static final Duration RUNNING_LIMIT = Duration.ofHours(6);
    private static final Duration QUEUED_LIMIT = Duration.ofHours(24);

    private final UserContext ada = app.newActor();
    private final ExecutionMaintenance maintenance = app.storage.executionMaintenance();

    private TimeoutStuckExecutionsService sweeper(ExecutionMaintenance m) {
        return new TimeoutStuckExecutionsService(m, app.executionRepo, app.clock);
    }

    private SweepResult sweep() {
        return sweeper(maintenance).timeoutStuck(RUNNING_LIMIT, QUEUED_LIMIT);
    }

    private GraphExecution move(GraphExecution e, ExecutionStatus to) {
        return app.transitions.transition(ada, new TransitionCommand(e.id(), to, null, null));
    }

    private NodeExecution node(GraphExecution e, String nodeId) {
        NodeExecution n = NodeExecution.queued(UUID.randomUUID(), e.id(), nodeId, Map.of(), app.clock.instant());
        app.executionRepo.addNode(ada.userId(), new NodeCreation(n)).orElseThrow();
        return n;
    }

    private GraphExecution reload(GraphExecution e) {
        return app.executionRepo.find(ada.userId(), e.id()).orElseThrow();
    }

    @Test
    void givenRunningLongerThanLimit_sweep_timesItOutAndItsActiveNodes() {
        GraphExecution run = move(app.startedRun(ada), ExecutionStatus.RUNNING);
        NodeExecution active = node(run, "in");
        clock.advanceMillis(Duration.ofHours(7).toMillis());

        SweepResult result = sweep();

        GraphExecution after = reload(run);
        assertThat(result).isEqualTo(new SweepResult(1, 1, 0));
        assertThat(after.status()).isEqualTo(ExecutionStatus.TIMEOUT);
        assertThat(after.errorMessage()).contains("running for longer than PT6H");
        assertThat(after.endedAt()).isNotNull();
        assertThat(app.executionRepo.findNode(ada.userId(), run.id(), active.id()).orElseThrow().status())
                .isEqualTo(ExecutionStatus.TIMEOUT);
    }

    @Test
    void givenQueuedLongerThanLimit_sweep_timesItOut() {
        GraphExecution queued = app.startedRun(ada);
        clock.advanceMillis(Duration.ofHours(25).toMillis());

        assertThat(sweep().timedOut()).isEqualTo(1);
        assertThat(reload(queued).status()).isEqualTo(ExecutionStatus.TIMEOUT);
    }

    @Test
    void givenRunsWithinTheirLimits_sweep_leavesThemAlone() {
        GraphExecution running = move(app.startedRun(ada), ExecutionStatus.RUNNING);
        GraphExecution queued = app.startedRun(ada);
        clock.advanceMillis(Duration.ofHours(5).toMillis());

        assertThat(sweep()).isEqualTo(SweepResult.NONE);
        assertThat(reload(running).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(reload(queued).status()).isEqualTo(ExecutionStatus.QUEUED);
    }

    @Test
    void givenRunCompletedAfterItWasFound_sweep_skipsItInsteadOfOverwriting() {
        GraphExecution run = move(app.startedRun(ada), ExecutionStatus.RUNNING);
        clock.advanceMillis(Duration.ofHours(7).toMillis());
        ExecutionMaintenance racing = racing(() -> move(run, ExecutionStatus.COMPLETED));

        SweepResult result = sweeper(racing).timeoutStuck(RUNNING_LIMIT, QUEUED_LIMIT);

        assertThat(result).isEqualTo(new SweepResult(1, 0, 1));
        assertThat(reload(run).status()).isEqualTo(ExecutionStatus.COMPLETED);
        assertThat(reload(run).errorMessage()).isNull();
    }

    @Test
    void givenQueuedRunStartedAfterItWasFound_sweep_skipsTheFreshStart() {
        GraphExecution queued = app.startedRun(ada);
        clock.advanceMillis(Duration.ofHours(25).toMillis());
        ExecutionMaintenance racing = racing(() -> move(queued, ExecutionStatus.RUNNING));

        SweepResult result = sweeper(racing).timeoutStuck(RUNNING_LIMIT, QUEUED_LIMIT);

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(reload(queued).status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    @Test
    void givenMoreStuckThanOneBatch_sweep_timesOutAll() {
        List<GraphExecution> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 450; i++) {
            runs.add(app.startedRun(ada));
        }
        clock.advanceMillis(Duration.ofDays(2).toMillis());

        SweepResult result = sweep();

        assertThat(result.timedOut()).isEqualTo(450);
        assertThat(runs).allMatch(r -> reload(r).status() == ExecutionStatus.TIMEOUT);
    }

    @Test
    void givenNonPositiveLimit_sweep_isRejected() {
        assertThatThrownBy(() -> sweeper(maintenance).timeoutStuck(Duration.ZERO, QUEUED_LIMIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("running timeout");
    }

    /** Finds stuck executions for real, then lets {@code meanwhile} change them before the sweep acts. */
    private ExecutionMaintenance racing(Runnable meanwhile) {
        return new ExecutionMaintenance() {
            @Override
            public List<UUID> findStuck(Instant runningStartedBefore, Instant queuedCreatedBefore, int limit) {
                List<UUID> found = maintenance.findStuck(runningStartedBefore, queuedCreatedBefore, limit);
                meanwhile.run();
                return found;
            }

            @Override
            public PrunedCounts pruneFinishedBatch(Instant endedBefore, int batchSize) {
                return maintenance.pruneFinishedBatch(endedBefore, batchSize);
            }
        };
    }
}
