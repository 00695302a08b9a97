package dev.agentdata.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Transitions of a graph execution: next values, refusals and timestamps. */
class GraphExecutionTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(5);
    private static final Instant T2 = T0.plusMillis(12_500);
    private static final Instant T3 = T0.plusSeconds(60);

    private final GraphExecution queued = GraphExecution.queued(UUID.randomUUID(), UUID.randomUUID(), 2,
            UUID.randomUUID(), Map.of("in", "x"), T0);

    @Test
    void queued_hasNoTimestampsButCreatedAt() {
        assertThat(queued.status()).isEqualTo(ExecutionStatus.QUEUED);
        assertThat(queued.createdAt()).isEqualTo(T0);
        assertThat(queued.startedAt()).isNull();
        assertThat(queued.endedAt()).isNull();
        assertThat(queued.durationSeconds(T3)).isNull();
    }

    @Test
    void givenQueued_run_returnsRunningValueAndLeavesOriginalUnchanged() {
        GraphExecution running = queued.transitionTo(ExecutionStatus.RUNNING, T1, null, null);

        assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(running.startedAt()).isEqualTo(T1);
        assertThat(running.endedAt()).isNull();
        assertThat(running.id()).isEqualTo(queued.id());
        assertThat(running.inputs()).isEqualTo(Map.of("in", "x"));
        assertThat(queued.status()).isEqualTo(ExecutionStatus.QUEUED);
    }

    @Test
    void givenRunning_complete_stampsEndedAtAndKeepsStartedAt() {
        GraphExecution done = queued.transitionTo(ExecutionStatus.RUNNING, T1, null, null)
                .transitionTo(ExecutionStatus.COMPLETED, T2, Map.of("out", 42), null);

        assertThat(done.startedAt()).isEqualTo(T1);
        assertThat(done.endedAt()).isEqualTo(T2);
        assertThat(done.outputs()).isEqualTo(Map.of("out", 42));
        assertThat(done.durationSeconds(T3)).isEqualTo(7.5);
    }

    @Test
    void givenQueued_cancel_endsWithoutStart() {
        GraphExecution cancelled = queued.transitionTo(ExecutionStatus.CANCELLED, T1, null, null);

        assertThat(cancelled.startedAt()).isNull();
        assertThat(cancelled.endedAt()).isEqualTo(T1);
        assertThat(cancelled.durationSeconds(T3)).isNull();
    }

    @Test
    void givenRunning_durationSeconds_countsUpToNow() {
        GraphExecution running = queued.transitionTo(ExecutionStatus.RUNNING, T1, null, null);

        assertThat(running.durationSeconds(T2)).isEqualTo(7.5);
        assertThat(running.durationSeconds(T3)).isEqualTo(55.0);
    }

    @Test
    void givenRunning_fail_keepsErrorMessageAndOutputsWhenNotReplaced() {
        GraphExecution failed = queued.transitionTo(ExecutionStatus.RUNNING, T1, Map.of("partial", true), null)
                .transitionTo(ExecutionStatus.FAILED, T2, null, "boom");

        assertThat(failed.errorMessage()).isEqualTo("boom");
        assertThat(failed.outputs()).isEqualTo(Map.of("partial", true));
    }

    @Test
    void givenCompleted_run_throwsWithCurrentStatusInMessage() {
        GraphExecution done = queued.transitionTo(ExecutionStatus.RUNNING, T1, null, null)
                .transitionTo(ExecutionStatus.COMPLETED, T2, null, null);

        assertThatThrownBy(() -> done.transitionTo(ExecutionStatus.RUNNING, T3, null, null))
                .isInstanceOfSatisfying(IllegalTransitionException.class, ex -> {
                    assertThat(ex.from()).isEqualTo(ExecutionStatus.COMPLETED);
                    assertThat(ex.to()).isEqualTo(ExecutionStatus.RUNNING);
                })
                .hasMessageContaining("completed")
                .hasMessageContaining("running");
    }

    @Test
    void givenQueued_complete_isRefused() {
        assertThatThrownBy(() -> queued.transitionTo(ExecutionStatus.COMPLETED, T1, null, null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("current status is queued");
    }

    @Test
    void givenRunning_runAgain_isRefused() {
        GraphExecution running = queued.transitionTo(ExecutionStatus.RUNNING, T1, null, null);

        assertThatThrownBy(() -> running.transitionTo(ExecutionStatus.RUNNING, T2, null, null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("current status is running");
    }

    @Test
    void everyTerminalStatus_refusesEveryTarget() {
        for (ExecutionStatus terminal : new ExecutionStatus[] {ExecutionStatus.FAILED, ExecutionStatus.CANCELLED,
                ExecutionStatus.TIMEOUT}) {
            GraphExecution ended = queued.transitionTo(terminal, T1, null, null);
            for (ExecutionStatus to : ExecutionStatus.values()) {
                assertThatThrownBy(() -> ended.transitionTo(to, T2, null, null))
                        .as("%s -> %s", terminal, to)
                        .isInstanceOf(IllegalTransitionException.class);
            }
        }
    }

    @Test
    void inputs_areDefensivelyCopied() {
        java.util.HashMap<String, Object> in = new java.util.HashMap<>(Map.of("a", 1));
        GraphExecution e = GraphExecution.queued(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), in, T0);
        in.put("b", 2);

        assertThat(e.inputs()).containsOnlyKeys("a");
        assertThatThrownBy(() -> e.inputs().put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
    }
}
