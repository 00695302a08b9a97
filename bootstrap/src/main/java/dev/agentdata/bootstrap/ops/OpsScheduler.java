package dev.agentdata.bootstrap.ops;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.agentdata.application.port.in.ops.PruneExecutionsUseCase;
import dev.agentdata.application.port.in.ops.SweepResult;
import dev.agentdata.application.port.in.ops.TimeoutStuckExecutionsUseCase;
import dev.agentdata.application.port.out.JobLeases;
import dev.agentdata.application.port.out.PrunedCounts;
import dev.agentdata.application.port.out.storage.MaintenanceJob;

/**
 * The operations jobs of {@code serve} on virtual threads: the stuck-execution sweeper (every
 * {@code executions.sweep-interval}), pruning (every {@code prune.interval-hours} when enabled) and the storage's own
 * jobs (Postgres: backups). Every server schedules every job, but at each tick a job runs only if this server claims
 * its {@link JobLeases lease}, so it runs once per interval across all servers. Each job runs with a fixed delay, so
 * it never overlaps itself, and a failure is logged and retried at the next tick.
 */
public final class OpsScheduler implements AutoCloseable {
    /** Lease names of the generic jobs. */
    public static final String SWEEP = "timeout-sweep";
    public static final String PRUNE = "prune";
    private static final System.Logger LOG = System.getLogger(OpsScheduler.class.getName());

    private final ScheduledExecutorService executor;

    private OpsScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts the enabled generic jobs and {@code storageJobs}, each run only when {@code leases} grants it. */
    public static OpsScheduler start(OpsSettings settings, TimeoutStuckExecutionsUseCase sweeper,
                                     PruneExecutionsUseCase pruner, List<MaintenanceJob> storageJobs,
                                     JobLeases leases, OpsMeters meters) {
        Objects.requireNonNull(meters, "meters");
        Objects.requireNonNull(leases, "leases");
        List<MaintenanceJob> jobs = new ArrayList<>();
        if (settings.sweeperEnabled()) {
            jobs.add(new MaintenanceJob(SWEEP, settings.sweepInterval(), () -> {
                SweepResult r = sweeper.timeoutStuck(settings.runningTimeout(), settings.queuedTimeout());
                meters.timedOut(r.timedOut());
                if (r.found() > 0) {
                    LOG.log(Level.INFO, "stuck-execution sweep: {0} timed out, {1} ended meanwhile", r.timedOut(),
                            r.skipped());
                }
            }));
        }
        if (settings.pruneScheduled()) {
            jobs.add(new MaintenanceJob(PRUNE, Duration.ofHours(settings.pruneIntervalHours()), () -> {
                PrunedCounts c = pruner.prune(Duration.ofDays(settings.pruneOlderThanDays()),
                        settings.pruneBatchSize());
                meters.pruned(c);
                LOG.log(Level.INFO, "prune: deleted {0} executions and {1} node executions older than {2} days",
                        c.executions(), c.nodeExecutions(), settings.pruneOlderThanDays());
            }));
        }
        jobs.addAll(storageJobs);
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(Math.max(1, jobs.size()),
                Thread.ofVirtual().name("agentdata-ops-", 0).factory());
        jobs.forEach(job -> every(executor, job, leases));
        return new OpsScheduler(executor);
    }

    private static void every(ScheduledExecutorService executor, MaintenanceJob job, JobLeases leases) {
        Duration interval = job.interval();
        // The claim holds a hair less than the interval: this server's next tick, one interval later by its own
        // clock, must find the run due by the storage's clock even if the two clocks run at slightly different rates.
        Duration lease = interval.minus(interval.dividedBy(100));
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                if (leases.claim(job.name(), lease)) {
                    job.work().run();
                }
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                LOG.log(Level.WARNING, job.name() + " failed, retrying in " + interval + ": " + e.getMessage(), e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
