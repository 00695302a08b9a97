package dev.agentdata.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The graph execution's plans: sources from the table, stamps, the completion guard and the cascade. */
class GraphTransitionTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(5);
    private static final Instant T2 = T0.plusSeconds(9);

    private static GraphExecution in(ExecutionStatus status, ExecutionStats stats) {
        Instant started = status == ExecutionStatus.QUEUED ? null : T0;
        Instant ended = status.isTerminal() ? T0 : null;
        return new GraphExecution(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), status, Map.of(),
                Map.of("kept", 1), "old", T0, started, ended, stats);
    }

    @Test
    void fromEveryStatusToEveryStatus_appliesExactlyWhatTheTableAllows_elseNamesTheCurrentStatus() {
        for (ExecutionStatus from : ExecutionStatus.values()) {
            for (ExecutionStatus to : ExecutionStatus.values()) {
                TransitionOutcome<GraphExecution> outcome = GraphTransition.to(to, T1, null, null)
                        .decide(in(from, ExecutionStats.NONE));

                if (from.canMoveTo(to)) {
                    assertThat(outcome).as(from + " -> " + to).isInstanceOfSatisfying(TransitionOutcome.Applied.class,
                            a -> assertThat(((GraphExecution) a.value()).status()).isEqualTo(to));
                } else {
                    assertThat(outcome).as(from + " -> " + to).isEqualTo(new TransitionOutcome.Refused<>(from, to));
                }
            }
        }
    }

    @Test
    void running_stampsTheStartOnce_andAnEndStampsTheEnd_keepingWhatIsNotReplaced() {
        GraphExecution queued = GraphExecution.queued(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(),
                Map.of(), T0);

        GraphExecution running = GraphTransition.to(ExecutionStatus.RUNNING, T1, Map.of("o", 1), null)
                .decide(queued).orElseThrow().value();
        GraphExecution failed = GraphTransition.to(ExecutionStatus.FAILED, T2, null, "boom")
                .decide(running).orElseThrow().value();

        assertThat(running.startedAt()).isEqualTo(T1);
        assertThat(running.endedAt()).isNull();
        assertThat(failed).extracting(GraphExecution::startedAt, GraphExecution::endedAt, GraphExecution::outputs,
                GraphExecution::errorMessage).containsExactly(T1, T2, Map.of("o", 1), "boom");
    }

    @Test
    void completion_isBlockedWhileNodeExecutionsAreActive_beforeTheTableIsAsked() {
        ExecutionStats oneRunning = new ExecutionStats(0, 1, 0, 0, 0, 0, 0);
        GraphTransition complete = GraphTransition.to(ExecutionStatus.COMPLETED, T1, null, null);

        assertThat(complete.guard()).contains(TransitionGuard.NO_ACTIVE_NODES);
        assertThat(complete.decide(in(ExecutionStatus.RUNNING, oneRunning)))
                .isEqualTo(new TransitionOutcome.Blocked<>(ExecutionStatus.RUNNING, TransitionGuard.NO_ACTIVE_NODES));
        assertThat(complete.decide(in(ExecutionStatus.QUEUED, oneRunning)))
                .isEqualTo(new TransitionOutcome.Blocked<>(ExecutionStatus.QUEUED, TransitionGuard.NO_ACTIVE_NODES));
        assertThat(complete.decide(in(ExecutionStatus.RUNNING, new ExecutionStats(0, 0, 3, 1, 0, 0, 4))))
                .isInstanceOf(TransitionOutcome.Applied.class);
    }

    @Test
    void failureLikeEnds_cascade_movingEveryActiveCountAtTheSameInstant() {
        ExecutionStats before = new ExecutionStats(2, 3, 1, 0, 1, 0, 7);
        for (ExecutionStatus end : new ExecutionStatus[] {ExecutionStatus.FAILED, ExecutionStatus.CANCELLED,
                ExecutionStatus.TIMEOUT}) {
            GraphTransition plan = GraphTransition.to(end, T1, null, null);

            TransitionOutcome.Applied<GraphExecution> applied = plan.decide(in(ExecutionStatus.RUNNING, before))
                    .orElseThrow();

            assertThat(plan.cascades()).isTrue();
            assertThat(applied.cascaded()).isEqualTo(5);
            assertThat(applied.value().stats()).isEqualTo(before.activeEndedAs(end));
            assertThat(applied.value().stats().count(end)).isEqualTo(before.count(end) + 5);
            assertThat(plan.nodeCascade()).isEqualTo(new NodeTransition(end, T1, null, null, null));
        }
        assertThat(GraphTransition.to(ExecutionStatus.COMPLETED, T1, null, null).cascades()).isFalse();
        assertThatThrownBy(() -> GraphTransition.to(ExecutionStatus.RUNNING, T1, null, null).nodeCascade())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyFrom_narrowsTheSources_toOneTheTableAllows() {
        GraphTransition timeoutIfRunning = GraphTransition.to(ExecutionStatus.TIMEOUT, T1, null, "stuck")
                .onlyFrom(ExecutionStatus.RUNNING);

        assertThat(timeoutIfRunning.sources()).isEqualTo(Set.of(ExecutionStatus.RUNNING));
        assertThat(timeoutIfRunning.decide(in(ExecutionStatus.QUEUED, ExecutionStats.NONE)))
                .isEqualTo(new TransitionOutcome.Refused<>(ExecutionStatus.QUEUED, ExecutionStatus.TIMEOUT));
        assertThatThrownBy(() -> GraphTransition.to(ExecutionStatus.RUNNING, T1, null, null)
                .onlyFrom(ExecutionStatus.RUNNING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GraphTransition(ExecutionStatus.RUNNING, Set.of(ExecutionStatus.FAILED), T1, null,
                null)).isInstanceOf(IllegalArgumentException.class);
    }
}
