package dev.agentdata.domain.execution;

import static dev.agentdata.domain.execution.ExecutionStatus.CANCELLED;
import static dev.agentdata.domain.execution.ExecutionStatus.COMPLETED;
import static dev.agentdata.domain.execution.ExecutionStatus.FAILED;
import static dev.agentdata.domain.execution.ExecutionStatus.QUEUED;
import static dev.agentdata.domain.execution.ExecutionStatus.RUNNING;
import static dev.agentdata.domain.execution.ExecutionStatus.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The lifecycle table of API.md "Executions", checked cell by cell. */
class ExecutionStatusTest {
    private static final Map<ExecutionStatus, Set<ExecutionStatus>> API_TABLE = Map.of(
            QUEUED, EnumSet.of(RUNNING, FAILED, CANCELLED, TIMEOUT),
            RUNNING, EnumSet.of(COMPLETED, FAILED, CANCELLED, TIMEOUT),
            COMPLETED, EnumSet.noneOf(ExecutionStatus.class),
            FAILED, EnumSet.noneOf(ExecutionStatus.class),
            CANCELLED, EnumSet.noneOf(ExecutionStatus.class),
            TIMEOUT, EnumSet.noneOf(ExecutionStatus.class));

    @Test
    void everyPairOfStatuses_canMoveTo_matchesTheApiTable() {
        for (ExecutionStatus from : ExecutionStatus.values()) {
            for (ExecutionStatus to : ExecutionStatus.values()) {
                assertThat(from.canMoveTo(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(API_TABLE.get(from).contains(to));
            }
        }
    }

    @Test
    void everyStatus_next_isItsRowOfTheApiTable() {
        for (ExecutionStatus s : ExecutionStatus.values()) {
            assertThat(s.next()).as("%s", s).isEqualTo(API_TABLE.get(s));
        }
    }

    @Test
    void everyStatus_allowedSources_isTheInverseOfNext() {
        for (ExecutionStatus to : ExecutionStatus.values()) {
            Set<ExecutionStatus> expected = EnumSet.noneOf(ExecutionStatus.class);
            for (ExecutionStatus from : ExecutionStatus.values()) {
                if (from.next().contains(to)) {
                    expected.add(from);
                }
            }
            assertThat(to.allowedSources()).as("%s", to).isEqualTo(expected);
        }
    }

    @Test
    void runningAndTerminalStatuses_allowedSources_areAsDocumented() {
        assertThat(QUEUED.allowedSources()).isEmpty();
        assertThat(RUNNING.allowedSources()).containsExactly(QUEUED);
        assertThat(COMPLETED.allowedSources()).containsExactly(RUNNING);
        assertThat(FAILED.allowedSources()).containsExactlyInAnyOrder(QUEUED, RUNNING);
        assertThat(CANCELLED.allowedSources()).containsExactlyInAnyOrder(QUEUED, RUNNING);
        assertThat(TIMEOUT.allowedSources()).containsExactlyInAnyOrder(QUEUED, RUNNING);
    }

    @Test
    void terminalSet_isTheLastFour() {
        assertThat(EnumSet.allOf(ExecutionStatus.class).stream().filter(ExecutionStatus::isTerminal))
                .containsExactlyInAnyOrder(COMPLETED, FAILED, CANCELLED, TIMEOUT);
        assertThat(EnumSet.allOf(ExecutionStatus.class).stream().filter(ExecutionStatus::isActive))
                .containsExactlyInAnyOrder(QUEUED, RUNNING);
    }

    @Test
    void onlyFailedCancelledAndTimeout_cascadeToNodes() {
        assertThat(EnumSet.allOf(ExecutionStatus.class).stream().filter(ExecutionStatus::cascadesToNodes))
                .containsExactlyInAnyOrder(FAILED, CANCELLED, TIMEOUT);
    }

    @Test
    void onlyCompleted_isSuccessful() {
        assertThat(EnumSet.allOf(ExecutionStatus.class).stream().filter(ExecutionStatus::isSuccessful))
                .containsExactly(COMPLETED);
    }

    @Test
    void wireNames_roundTrip_andUnknownIsEmpty() {
        for (ExecutionStatus s : ExecutionStatus.values()) {
            assertThat(ExecutionStatus.fromWireName(s.wireName())).contains(s);
        }
        assertThat(QUEUED.wireName()).isEqualTo("queued");
        assertThat(ExecutionStatus.fromWireName("QUEUED")).isEmpty();
        assertThat(ExecutionStatus.fromWireName("done")).isEmpty();
    }

    @Test
    void transitionSets_areUnmodifiable() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QUEUED.next().add(COMPLETED))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RUNNING.allowedSources().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
