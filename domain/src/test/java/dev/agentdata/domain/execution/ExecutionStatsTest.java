package dev.agentdata.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Run stats: counts by status moved by each change, the charged cost, and the recount they must always equal. */
class ExecutionStatsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void movesAndCascades_keepTheTotal_andCountTheCharge() {
        ExecutionStats stats = ExecutionStats.NONE.added(ExecutionStatus.QUEUED).added(ExecutionStatus.QUEUED)
                .added(ExecutionStatus.QUEUED).moved(ExecutionStatus.QUEUED, ExecutionStatus.RUNNING)
                .moved(ExecutionStatus.RUNNING, ExecutionStatus.COMPLETED).charged(4);

        assertThat(stats).isEqualTo(new ExecutionStats(2, 0, 1, 0, 0, 0, 4));
        assertThat(stats.active()).isEqualTo(2);
        assertThat(stats.activeEndedAs(ExecutionStatus.TIMEOUT)).isEqualTo(new ExecutionStats(0, 0, 1, 0, 0, 2, 4));
        assertThat(stats.activeEndedAs(ExecutionStatus.TIMEOUT).total()).isEqualTo(stats.total());
    }

    @Test
    void recount_countsByStatus_andChargesOnlyCompletions() {
        UUID run = UUID.randomUUID();
        NodeExecution queued = NodeExecution.queued(UUID.randomUUID(), run, "a", Map.of(), T0);
        NodeExecution paid = NodeExecution.queued(UUID.randomUUID(), run, "b", Map.of(), T0)
                .transitionTo(ExecutionStatus.RUNNING, T0, null, null, null)
                .transitionTo(ExecutionStatus.COMPLETED, T0, null, null, 9L);
        NodeExecution cancelled = NodeExecution.queued(UUID.randomUUID(), run, "c", Map.of(), T0)
                .transitionTo(ExecutionStatus.CANCELLED, T0, null, null, null);

        assertThat(ExecutionStats.recount(List.of(queued, paid, cancelled)))
                .isEqualTo(new ExecutionStats(1, 0, 1, 0, 1, 0, 9));
        assertThat(ExecutionStats.recount(List.of())).isEqualTo(ExecutionStats.NONE);
    }

    @Test
    void aNegativeCount_isRejectedWithItsName() {
        assertThatThrownBy(() -> ExecutionStats.NONE.moved(ExecutionStatus.RUNNING, ExecutionStatus.COMPLETED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("running");
    }
}
