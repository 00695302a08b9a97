package dev.agentdata.bootstrap.ops;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

import dev.agentdata.adapter.postgres.ops.BackupResult;
import dev.agentdata.adapter.postgres.ops.PgDumpBackup;
import dev.agentdata.adapter.postgres.ops.PgTarget;

/** One backup of the configured database into the backup folder, with retention; shared by CLI and scheduler. */
public record BackupJob(PgDumpBackup backup, Supplier<PgTarget> target, Path dir, int keepDays) {
    public BackupJob {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dir, "dir");
    }

    public BackupResult run() {
        return backup.backup(target.get(), dir, keepDays);
    }
}
