package dev.agentdata.bootstrap.ops;

import java.time.Duration;

import io.helidon.config.Config;

import dev.agentdata.bootstrap.EnvironmentOverrides;
import dev.agentdata.bootstrap.StartupException;

/**
 * Settings of the generic operations jobs in {@code serve}: scheduled pruning (off unless
 * {@code prune.older-than-days} > 0) and the stuck-execution sweeper (on by default). A storage's own jobs (Postgres:
 * backups) come with their settings from its provider.
 */
public record OpsSettings(int pruneOlderThanDays, int pruneIntervalHours, int pruneBatchSize,
                          boolean sweeperEnabled, Duration runningTimeout, Duration queuedTimeout,
                          Duration sweepInterval) {
    public static final int DEFAULT_PRUNE_BATCH = 1000;

    public OpsSettings {
        if (pruneOlderThanDays < 0) {
            throw new IllegalArgumentException("prune.older-than-days must be >= 0, was " + pruneOlderThanDays);
        }
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

    /**
     * Reads the settings; a malformed value is a one-line {@link StartupException} (exit code 2) naming the
     * environment variable and the key.
     */
    public static OpsSettings from(Config config) {
        try {
            return new OpsSettings(
                    integer(config, "prune.older-than-days", 0, 0),
                    integer(config, "prune.interval-hours", 24, 1),
                    integer(config, "prune.batch-size", DEFAULT_PRUNE_BATCH, 1),
                    flag(config, "executions.sweeper-enabled", true),
                    duration(config, "executions.running-timeout", "6h"),
                    duration(config, "executions.queued-timeout", "24h"),
                    duration(config, "executions.sweep-interval", "1m"));
        } catch (IllegalArgumentException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    public boolean pruneScheduled() {
        return pruneOlderThanDays > 0;
    }

    private static String text(Config config, String key, String fallback) {
        return config.get(key).asString().orElse(fallback).strip();
    }

    private static boolean flag(Config config, String key, boolean fallback) {
        String raw = text(config, key, "");
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "" -> fallback;
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(named(key) + " must be true or false, was '" + raw + "'");
        };
    }

    private static Duration duration(Config config, String key, String fallback) {
        return DurationText.parse(text(config, key, fallback), named(key));
    }

    private static int integer(Config config, String key, int fallback, int min) {
        String raw = text(config, key, "");
        int n;
        try {
            n = raw.isEmpty() ? fallback : Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(named(key) + " must be a whole number, was '" + raw + "'");
        }
        if (n < min) {
            throw new IllegalArgumentException(named(key) + " must be at least " + min + ", was " + n);
        }
        return n;
    }

    /** {@code PRUNE_BATCH_SIZE (prune.batch-size)}: the variable operators set, and the key of application.yaml. */
    private static String named(String key) {
        return EnvironmentOverrides.SERVER_SETTINGS.stream().filter(s -> s.key().equals(key))
                .map(s -> s.variable() + " (" + key + ")").findFirst().orElse(key);
    }
}
