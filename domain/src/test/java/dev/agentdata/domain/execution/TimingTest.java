package dev.agentdata.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Start and end stamps: running stamps the start once, terminal statuses stamp the end. */
class TimingTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(4);

    @Test
    void enteringRunningTwice_keepsTheFirstStart() {
        Timing started = Timing.NONE.enter(ExecutionStatus.RUNNING, T0);

        assertThat(started.enter(ExecutionStatus.RUNNING, T1).startedAt()).isEqualTo(T0);
    }

    @Test
    void enteringEachTerminalStatus_stampsTheEnd() {
        for (ExecutionStatus s : ExecutionStatus.values()) {
            Timing t = Timing.NONE.enter(ExecutionStatus.RUNNING, T0).enter(s, T1);
            assertThat(t.endedAt()).as("%s", s).isEqualTo(s.isTerminal() ? T1 : null);
        }
    }

    @Test
    void endBeforeStart_durationIsZeroNotNegative() {
        assertThat(new Timing(T1, T0).durationSeconds(T1)).isZero();
    }

    @Test
    void subSecondDurations_keepTheFraction() {
        assertThat(new Timing(T0, T0.plusMillis(250)).durationSeconds(T1)).isEqualTo(0.25);
    }
}
