package dev.agentdata.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Transitions of a node execution: next values, refusals, cost and timestamps. */
class NodeExecutionTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(1);
    private static final Instant T2 = T0.plusSeconds(3);
    private static final Instant T3 = T0.plusSeconds(10);

    private final NodeExecution queued = NodeExecution.queued(UUID.randomUUID(), UUID.randomUUID(), "n1",
            Map.of("x", 1), T0);

    @Test
    void queued_startsWithZeroCostAndNoTimestamps() {
        assertThat(queued.status()).isEqualTo(ExecutionStatus.QUEUED);
        assertThat(queued.executionCost()).isZero();
        assertThat(queued.startedAt()).isNull();
        assertThat(queued.endedAt()).isNull();
        assertThat(queued.durationSeconds(T3)).isNull();
    }

    @Test
    void givenRunning_completeWithCost_recordsCostOutputsAndEnd() {
        NodeExecution done = queued.transitionTo(ExecutionStatus.RUNNING, T1, null, null, null)
                .transitionTo(ExecutionStatus.COMPLETED, T2, Map.of("y", 2), null, 7L);

        assertThat(done.status()).isEqualTo(ExecutionStatus.COMPLETED);
        assertThat(done.executionCost()).isEqualTo(7L);
        assertThat(done.outputs()).isEqualTo(Map.of("y", 2));
        assertThat(done.startedAt()).isEqualTo(T1);
        assertThat(done.endedAt()).isEqualTo(T2);
        assertThat(done.durationSeconds(T3)).isEqualTo(2.0);
    }

    @Test
    void givenRunning_durationSeconds_countsUpToNow() {
        NodeExecution running = queued.transitionTo(ExecutionStatus.RUNNING, T1, null, null, null);

        assertThat(running.durationSeconds(T3)).isEqualTo(9.0);
    }

    @Test
    void givenTimeout_anyTransition_throwsWithCurrentStatus() {
        NodeExecution timedOut = queued.transitionTo(ExecutionStatus.TIMEOUT, T1, null, null, null);

        assertThat(timedOut.endedAt()).isEqualTo(T1);
        for (ExecutionStatus to : ExecutionStatus.values()) {
            assertThatThrownBy(() -> timedOut.transitionTo(to, T2, null, null, null))
                    .isInstanceOfSatisfying(IllegalTransitionException.class,
                            ex -> assertThat(ex.from()).isEqualTo(ExecutionStatus.TIMEOUT))
                    .hasMessageContaining("current status is timeout");
        }
    }

    @Test
    void givenQueued_backToQueued_isRefused() {
        assertThatThrownBy(() -> queued.transitionTo(ExecutionStatus.QUEUED, T1, null, null, null))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void negativeCost_isRejected() {
        assertThatThrownBy(() -> new NodeExecution(UUID.randomUUID(), UUID.randomUUID(), "n1",
                ExecutionStatus.COMPLETED, Map.of(), Map.of(), null, -1, T0, T1, T2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("execution_cost");
    }
}
