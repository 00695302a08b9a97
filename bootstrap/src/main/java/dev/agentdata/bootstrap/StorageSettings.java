package dev.agentdata.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Which storage to use and how to reach it: {@code databaseUrl} empty means the embedded Postgres in
 * {@code dataDir}. Timeouts are whole seconds in the environment.
 */
public record StorageSettings(StorageKind kind, Optional<String> databaseUrl, int connectionLimit,
                              Duration connectTimeout, Duration poolTimeout, String schema, Path dataDir,
                              boolean graphCache, long graphCacheMaxWeight) {
    public StorageSettings {
        databaseUrl = databaseUrl.filter(s -> !s.isBlank());
        if (connectionLimit < 1) {
            throw new StartupException("DB_CONNECTION_LIMIT must be at least 1, was " + connectionLimit);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new StartupException("DB_CONNECT_TIMEOUT must be a positive number of seconds");
        }
        if (poolTimeout.isNegative() || poolTimeout.isZero()) {
            throw new StartupException("DB_POOL_TIMEOUT must be a positive number of seconds");
        }
        if (schema == null || !schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new StartupException("DB_SCHEMA must be a plain SQL identifier, was '" + schema + "'");
        }
        if (graphCacheMaxWeight < 1) {
            throw new StartupException("GRAPH_CACHE_MAX_WEIGHT must be positive, was " + graphCacheMaxWeight);
        }
    }

    public boolean embedded() {
        return kind == StorageKind.POSTGRES && databaseUrl.isEmpty();
    }

    /** How the start-up log line names this storage. */
    public String describe() {
        if (kind == StorageKind.MEMORY) {
            return "memory";
        }
        return embedded() ? "embedded postgres (data dir " + dataDir.toAbsolutePath().normalize() + ")"
                : "postgres (external, schema " + schema + ")";
    }
}
