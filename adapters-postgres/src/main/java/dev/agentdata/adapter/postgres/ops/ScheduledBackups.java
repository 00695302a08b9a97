package dev.agentdata.adapter.postgres.ops;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import dev.agentdata.application.port.out.storage.MaintenanceJob;
import dev.agentdata.application.port.out.storage.StorageMeter;

/**
 * The Postgres storage's own maintenance job: a verified backup of its database every
 * {@code backup.interval-hours} (when on), with retention, counted as {@code agentdata_backups_total{result}}.
 */
public final class ScheduledBackups {
    /** The job's name, also its lease: one backup per interval however many servers run. */
    public static final String JOB = "backup";
    private static final System.Logger LOG = System.getLogger(ScheduledBackups.class.getName());

    private final BackupSettings settings;
    private final PgTarget target;
    private final PgDumpBackup backup;
    private final LongAdder succeeded = new LongAdder();
    private final LongAdder failed = new LongAdder();

    public ScheduledBackups(BackupSettings settings, PgTarget target, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.target = Objects.requireNonNull(target, "target");
        this.backup = new PgDumpBackup(new PgTools(settings.pgBinDir()), clock, Duration.ofSeconds(30),
                line -> LOG.log(Level.INFO, line));
    }

    /** The job, when backups are scheduled. */
    public Optional<MaintenanceJob> job() {
        return settings.scheduled()
                ? Optional.of(new MaintenanceJob(JOB, Duration.ofHours(settings.intervalHours()), this::run))
                : Optional.empty();
    }

    public List<StorageMeter> meters() {
        return List.of(counter("ok", succeeded), counter("failed", failed));
    }

    private static StorageMeter counter(String result, LongAdder count) {
        return StorageMeter.counter("agentdata.backups", "Scheduled backups", Map.of("result", result), count::sum);
    }

    void run() {
        try {
            BackupResult r = backup.backup(target, settings.dir(), settings.keepDays());
            succeeded.increment();
            LOG.log(Level.INFO, "backup written: {0} ({1} bytes)", r.file(), r.bytes());
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        }
    }
}
