package dev.agentdata.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.domain.testing.RandomCases;

/** Random sequences of attempted transitions never leave a terminal state nor move backwards. */
class ExecutionLifecyclePropertyTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final int TRIES = 1000;

    private static int rank(ExecutionStatus s) {
        return switch (s) {
            case QUEUED -> 0;
            case RUNNING -> 1;
            default -> 2;
        };
    }

    /** Up to 30 attempted statuses, any order, repeats allowed. */
    private static List<ExecutionStatus> attempts(Random random) {
        return RandomCases.listOf(random, 30, r -> RandomCases.oneOf(r, ExecutionStatus.values()));
    }

    @Test
    void graphExecution_randomAttempts_neverLeaveTerminalNorGoBackwards() {
        RandomCases.forAll(TRIES, ExecutionLifecyclePropertyTest::attempts, attempts -> {
            GraphExecution e = GraphExecution.queued(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(),
                    Map.of(), T0);
            Instant now = T0;
            for (ExecutionStatus to : attempts) {
                now = now.plusSeconds(1);
                ExecutionStatus before = e.status();
                if (before.canMoveTo(to)) {
                    e = e.transitionTo(to, now, null, null);
                    assertThat(rank(e.status())).isGreaterThan(rank(before));
                } else {
                    GraphExecution current = e;
                    Instant at = now;
                    assertThatThrownBy(() -> current.transitionTo(to, at, null, null))
                            .isInstanceOfSatisfying(IllegalTransitionException.class, ex -> {
                                assertThat(ex.from()).isEqualTo(before);
                                assertThat(ex.to()).isEqualTo(to);
                            });
                    assertThat(before.isTerminal() || rank(to) <= rank(before)
                            || (before == ExecutionStatus.QUEUED && to == ExecutionStatus.COMPLETED)).isTrue();
                }
                if (before.isTerminal()) {
                    assertThat(e.status()).isEqualTo(before);
                }
            }
        });
    }

    @Test
    void nodeExecution_randomAttempts_keepTimestampsConsistent() {
        RandomCases.forAll(TRIES, ExecutionLifecyclePropertyTest::attempts, attempts -> {
            NodeExecution n = NodeExecution.queued(UUID.randomUUID(), UUID.randomUUID(), "n1", Map.of(), T0);
            Instant now = T0;
            for (ExecutionStatus to : attempts) {
                now = now.plusSeconds(1);
                ExecutionStatus before = n.status();
                try {
                    n = n.transitionTo(to, now, null, null, null);
                } catch (IllegalTransitionException ex) {
                    assertThat(ex.from()).isEqualTo(before);
                    assertThat(ex.to()).isEqualTo(to);
                }
                assertThat(rank(n.status())).isGreaterThanOrEqualTo(rank(before));
                assertThat(n.endedAt() != null).isEqualTo(n.status().isTerminal());
                if (n.status() == ExecutionStatus.RUNNING) {
                    assertThat(n.startedAt()).isNotNull();
                }
                if (n.startedAt() != null && n.endedAt() != null) {
                    assertThat(n.endedAt()).isAfterOrEqualTo(n.startedAt());
                }
            }
        });
    }
}
