package dev.agentdata.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.agentdata.adapter.memory.InMemoryJobLeases;
import dev.agentdata.application.port.in.ops.PruneExecutionsUseCase;
import dev.agentdata.application.port.in.ops.SweepResult;
import dev.agentdata.application.port.in.ops.TimeoutStuckExecutionsUseCase;
import dev.agentdata.application.port.out.JobLeases;
import dev.agentdata.application.port.out.PrunedCounts;
import dev.agentdata.application.port.out.storage.MaintenanceJob;

class OpsSchedulerTest {
    /** Leases of a lone server whose every tick is due. */
    private static final JobLeases ALWAYS_DUE = (job, interval) -> true;

    private static OpsSettings settings(boolean sweeper, int pruneDays) {
        return new OpsSettings(pruneDays, 24, 100, sweeper, Duration.ofHours(6), Duration.ofHours(24),
                Duration.ofMillis(20));
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

        try (OpsScheduler ignored = OpsScheduler.start(settings(true, 0), sweeper, pruner, List.of(), ALWAYS_DUE,
                meters)) {
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
                List.of(), ALWAYS_DUE, OpsMeters.NONE)) {
            Thread.sleep(150);
        }

        assertThat(calls).hasValue(0);
    }

    @Test
    void givenTwoServersOnOneStorage_onlyTheClaimerRunsTheJob() throws Exception {
        // A clock that never moves: once claimed, the run is never due again, however often the servers tick.
        JobLeases shared = new InMemoryJobLeases(Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
        AtomicInteger sweeps = new AtomicInteger();
        TimeoutStuckExecutionsUseCase sweeper = (running, queued) -> {
            sweeps.incrementAndGet();
            return SweepResult.NONE;
        };

        try (OpsScheduler first = OpsScheduler.start(settings(true, 0), sweeper, (a, b) -> PrunedCounts.NONE,
                List.of(), shared, OpsMeters.NONE);
             OpsScheduler second = OpsScheduler.start(settings(true, 0), sweeper, (a, b) -> PrunedCounts.NONE,
                     List.of(), shared, OpsMeters.NONE)) {
            Thread.sleep(300);
        }

        assertThat(sweeps).hasValue(1);
    }

    @Test
    void storageJobs_runWhenTheirLeaseIsGranted_underTheirOwnName() throws Exception {
        CountDownLatch runs = new CountDownLatch(2);
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        JobLeases leases = (job, interval) -> {
            asked.add(job + " " + interval.toMillis());
            return true;
        };
        MaintenanceJob backup = new MaintenanceJob("backup", Duration.ofMillis(100), runs::countDown);

        try (OpsScheduler ignored = OpsScheduler.start(settings(false, 0), (a, b) -> SweepResult.NONE,
                (a, b) -> PrunedCounts.NONE, List.of(backup), leases, OpsMeters.NONE)) {
            assertThat(runs.await(5, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(asked).first().isEqualTo("backup 99");
    }

    @Test
    void givenLeaseTakenElsewhere_jobDoesNotRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        MaintenanceJob backup = new MaintenanceJob("backup", Duration.ofMillis(20), runs::incrementAndGet);

        try (OpsScheduler ignored = OpsScheduler.start(settings(false, 0), (a, b) -> SweepResult.NONE,
                (a, b) -> PrunedCounts.NONE, List.of(backup), (job, interval) -> false, OpsMeters.NONE)) {
            Thread.sleep(150);
        }

        assertThat(runs).hasValue(0);
    }
}
