package dev.agentdata.bootstrap.ops;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.agentdata.adapter.postgres.ops.BackupResult;
import dev.agentdata.application.port.in.ops.PruneExecutionsUseCase;
import dev.agentdata.application.port.in.ops.SweepResult;
import dev.agentdata.application.port.in.ops.TimeoutStuckExecutionsUseCase;
import dev.agentdata.application.port.out.PrunedCounts;

/**
 * The operations jobs of {@code serve} on virtual threads: the stuck-execution sweeper (every
 * {@code executions.sweep-interval}), pruning (every {@code prune.interval-hours} when enabled) and backups (every
 * {@code backup.interval-hours} when enabled). Each job runs with a fixed delay, so it never overlaps itself, and a
 * failure is logged and retried at the next tick.
 */
public final class OpsScheduler implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OpsScheduler.class.getName());

    private final ScheduledExecutorService executor;

    private OpsScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts the enabled jobs; {@code backup} is empty when the storage cannot be dumped (memory). */
    public static OpsScheduler start(OpsSettings settings, TimeoutStuckExecutionsUseCase sweeper,
                                     PruneExecutionsUseCase pruner, Optional<BackupJob> backup, OpsMeters meters) {
        Objects.requireNonNull(meters, "meters");
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(3,
                Thread.ofVirtual().name("agentdata-ops-", 0).factory());
        if (settings.sweeperEnabled()) {
            every(executor, settings.sweepInterval(), "stuck-execution sweep", () -> {
                SweepResult r = sweeper.timeoutStuck(settings.runningTimeout(), settings.queuedTimeout());
                meters.timedOut(r.timedOut());
                if (r.found() > 0) {
                    LOG.log(Level.INFO, "stuck-execution sweep: {0} timed out, {1} ended meanwhile", r.timedOut(),
                            r.skipped());
                }
            });
        }
        if (settings.pruneScheduled()) {
            every(executor, Duration.ofHours(settings.pruneIntervalHours()), "prune", () -> {
                PrunedCounts c = pruner.prune(Duration.ofDays(settings.pruneOlderThanDays()),
                        settings.pruneBatchSize());
                meters.pruned(c);
                LOG.log(Level.INFO, "prune: deleted {0} executions and {1} node executions older than {2} days",
                        c.executions(), c.nodeExecutions(), settings.pruneOlderThanDays());
            });
        }
        if (settings.backupScheduled()) {
            if (backup.isEmpty()) {
                LOG.log(Level.WARNING, "backup.interval-hours is set but this storage has no database to back up");
            } else {
                every(executor, Duration.ofHours(settings.backupIntervalHours()), "backup", () -> {
                    try {
                        BackupResult r = backup.get().run();
                        meters.backup(true);
                        LOG.log(Level.INFO, "backup written: {0} ({1} bytes)", r.file(), r.bytes());
                    } catch (RuntimeException e) {
                        meters.backup(false);
                        throw e;
                    }
                });
            }
        }
        return new OpsScheduler(executor);
    }

    private static void every(ScheduledExecutorService executor, Duration interval, String name, Runnable job) {
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                LOG.log(Level.WARNING, name + " failed, retrying in " + interval + ": " + e.getMessage(), e);
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
