package dev.agentdata.bootstrap.ops;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.helidon.config.Config;

/**
 * Settings of the operations jobs in {@code serve} and of the operator commands: scheduled backups (off unless
 * {@code backup.interval-hours} > 0), scheduled pruning (off unless {@code prune.older-than-days} > 0) and the
 * stuck-execution sweeper (on by default).
 */
public record OpsSettings(int backupIntervalHours, Path backupDir, int backupKeepDays, Optional<Path> pgBinDir,
                          int pruneOlderThanDays, int pruneIntervalHours, int pruneBatchSize,
                          boolean sweeperEnabled, Duration runningTimeout, Duration queuedTimeout,
                          Duration sweepInterval) {
    public static final int DEFAULT_PRUNE_BATCH = 1000;

    public OpsSettings {
        nonNegative(backupIntervalHours, "backup.interval-hours");
        nonNegative(backupKeepDays, "backup.keep-days");
        nonNegative(pruneOlderThanDays, "prune.older-than-days");
        if (pruneIntervalHours < 1) {
            throw new IllegalArgumentException("prune.interval-hours must be >= 1, was " + pruneIntervalHours);
        }
        if (pruneBatchSize < 1) {
            throw new IllegalArgumentException("prune.batch-size must be >= 1, was " + pruneBatchSize);
        }
    }

    public static OpsSettings defaults() {
        return from(Config.empty());
    }

    public static OpsSettings from(Config config) {
        String bin = text(config, "backup.pg-bin-dir", "");
        return new OpsSettings(
                integer(config, "backup.interval-hours", 0),
                Path.of(text(config, "backup.dir", "./backups")),
                integer(config, "backup.keep-days", 30),
                bin.isEmpty() ? Optional.empty() : Optional.of(Path.of(bin)),
                integer(config, "prune.older-than-days", 0),
                integer(config, "prune.interval-hours", 24),
                integer(config, "prune.batch-size", DEFAULT_PRUNE_BATCH),
                !"false".equalsIgnoreCase(text(config, "executions.sweeper-enabled", "true")),
                DurationText.parse(text(config, "executions.running-timeout", "6h"), "executions.running-timeout"),
                DurationText.parse(text(config, "executions.queued-timeout", "24h"), "executions.queued-timeout"),
                DurationText.parse(text(config, "executions.sweep-interval", "1m"), "executions.sweep-interval"));
    }

    public boolean backupScheduled() {
        return backupIntervalHours > 0;
    }

    public boolean pruneScheduled() {
        return pruneOlderThanDays > 0;
    }

    private static String text(Config config, String key, String fallback) {
        return config.get(key).asString().orElse(fallback).strip();
    }

    private static int integer(Config config, String key, int fallback) {
        String raw = text(config, key, "");
        try {
            return raw.isEmpty() ? fallback : Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + raw + "'");
        }
    }

    private static void nonNegative(int n, String key) {
        if (n < 0) {
            throw new IllegalArgumentException(key + " must be >= 0, was " + n);
        }
    }
}
