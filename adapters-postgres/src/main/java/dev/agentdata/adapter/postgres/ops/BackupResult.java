package dev.agentdata.adapter.postgres.ops;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A verified backup file, how many archive entries it lists, and the old backups pruned after it. */
public record BackupResult(Path file, long bytes, int entries, Duration took, List<Path> pruned) {
    public BackupResult {
        pruned = List.copyOf(pruned);
    }
}
