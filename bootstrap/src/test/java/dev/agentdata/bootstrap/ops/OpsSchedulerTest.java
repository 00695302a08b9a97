package dev.agentdata.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.in.ops.PruneExecutionsUseCase;
import dev.agentdata.application.port.in.ops.SweepResult;
import dev.agentdata.application.port.in.ops.TimeoutStuckExecutionsUseCase;
import dev.agentdata.application.port.out.PrunedCounts;

class OpsSchedulerTest {
    private static OpsSettings settings(boolean sweeper, int pruneDays) {
        return new OpsSettings(0, Path.of("./backups"), 30, Optional.empty(), pruneDays, 24, 100, sweeper,
                Duration.ofHours(6), Duration.ofHours(24), Duration.ofMillis(20));
    }

    /** Counts meter calls. */
    private static final class CountingMeters implements OpsMeters {
        final AtomicInteger timedOut = new AtomicInteger();

        @Override
        public void timedOut(int executions) {
            timedOut.addAndGet(executions);
        }

        @Override
        public void pruned(PrunedCounts counts) {
        }

        @Override
        public void backup(boolean succeeded) {
        }
    }

    @Test
    void givenSweeperOn_scheduler_sweepsRepeatedlyWithTheConfiguredLimitsAndSurvivesFailures() throws Exception {
        CountDownLatch sweeps = new CountDownLatch(3);
        AtomicInteger calls = new AtomicInteger();
        TimeoutStuckExecutionsUseCase sweeper = (running, queued) -> {
            assertThat(running).isEqualTo(Duration.ofHours(6));
            assertThat(queued).isEqualTo(Duration.ofHours(24));
            sweeps.countDown();
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            return new SweepResult(2, 2, 0);
        };
        PruneExecutionsUseCase pruner = (age, batch) -> {
            throw new AssertionError("prune is off");
        };
        CountingMeters meters = new CountingMeters();

        try (OpsScheduler ignored = OpsScheduler.start(settings(true, 0), sweeper, pruner, Optional.empty(), meters)) {
            assertThat(sweeps.await(5, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(meters.timedOut.get()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void givenSweeperOff_scheduler_neverSweeps() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TimeoutStuckExecutionsUseCase sweeper = (running, queued) -> {
            calls.incrementAndGet();
            return SweepResult.NONE;
        };

        try (OpsScheduler ignored = OpsScheduler.start(settings(false, 0), sweeper, (a, b) -> PrunedCounts.NONE,
                Optional.empty(), OpsMeters.NONE)) {
            Thread.sleep(150);
        }

        assertThat(calls).hasValue(0);
    }
}
