package dev.agentdata.bootstrap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables agentdata reads and the configuration keys they override. Helidon's own mapping
 * ({@code SERVER_PORT} to {@code server.port}) cannot express {@code JWT_SECRET} to {@code auth.jwt-secret}, so the
 * table is explicit and nothing else in the environment is read.
 */
public final class EnvironmentOverrides {
    /** Environment variable to configuration key, in the order the README lists them. */
    public static final Map<String, String> KEYS = table();

    private EnvironmentOverrides() {
    }

    /** The overrides present (and not blank) in {@code environment}, keyed by configuration key. */
    public static Map<String, String> from(Map<String, String> environment) {
        Map<String, String> overrides = new LinkedHashMap<>();
        KEYS.forEach((variable, key) -> {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                overrides.put(key, value.strip());
            }
        });
        return overrides;
    }

    private static Map<String, String> table() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("SERVER_HOST", "server.host");
        keys.put("SERVER_PORT", "server.port");
        keys.put("MAX_PAYLOAD_BYTES", "server.max-payload-size");
        keys.put("JWT_SECRET", "auth.jwt-secret");
        keys.put("STORAGE", "storage.kind");
        keys.put("GRAPH_CACHE_ENABLED", "storage.graph-cache.enabled");
        keys.put("GRAPH_CACHE_MAX_WEIGHT", "storage.graph-cache.max-weight");
        keys.put("DATABASE_URL", "db.url");
        keys.put("DB_CONNECTION_LIMIT", "db.connection-limit");
        keys.put("DB_CONNECT_TIMEOUT", "db.connect-timeout");
        keys.put("DB_POOL_TIMEOUT", "db.pool-timeout");
        keys.put("DB_SCHEMA", "db.schema");
        keys.put("DATA_DIR", "db.data-dir");
        keys.put("EXECUTIONS_SWEEPER_ENABLED", "executions.sweeper-enabled");
        keys.put("EXECUTIONS_RUNNING_TIMEOUT", "executions.running-timeout");
        keys.put("EXECUTIONS_QUEUED_TIMEOUT", "executions.queued-timeout");
        keys.put("EXECUTIONS_SWEEP_INTERVAL", "executions.sweep-interval");
        keys.put("PRUNE_OLDER_THAN_DAYS", "prune.older-than-days");
        keys.put("PRUNE_INTERVAL_HOURS", "prune.interval-hours");
        keys.put("PRUNE_BATCH_SIZE", "prune.batch-size");
        keys.put("BACKUP_INTERVAL_HOURS", "backup.interval-hours");
        keys.put("BACKUP_DIR", "backup.dir");
        keys.put("BACKUP_KEEP_DAYS", "backup.keep-days");
        keys.put("PG_BIN_DIR", "backup.pg-bin-dir");
        return Map.copyOf(keys);
    }
}
