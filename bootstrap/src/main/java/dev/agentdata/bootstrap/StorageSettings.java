package dev.agentdata.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which storage to use and how to reach it: {@code databaseUrl} empty means the embedded Postgres in
 * {@code dataDir}. Pool size, timeouts (whole seconds) and schema left empty fall back to the URL's own
 * parameters, then to the adapter's defaults.
 */
public record StorageSettings(StorageKind kind, Optional<String> databaseUrl, OptionalInt connectionLimit,
                              Optional<Duration> connectTimeout, Optional<Duration> poolTimeout,
                              Optional<String> schema, Path dataDir, boolean graphCache, long graphCacheMaxWeight) {
    public StorageSettings {
        databaseUrl = databaseUrl.filter(s -> !s.isBlank());
        schema = schema.filter(s -> !s.isBlank());
        if (connectionLimit.isPresent() && connectionLimit.getAsInt() < 1) {
            throw new StartupException("DB_CONNECTION_LIMIT must be at least 1, was " + connectionLimit.getAsInt());
        }
        if (connectTimeout.filter(d -> d.toSeconds() < 1).isPresent()) {
            throw new StartupException("DB_CONNECT_TIMEOUT must be at least 1 second");
        }
        if (poolTimeout.filter(d -> d.toSeconds() < 1).isPresent()) {
            throw new StartupException("DB_POOL_TIMEOUT must be at least 1 second");
        }
        if (schema.filter(s -> !s.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")).isPresent()) {
            throw new StartupException("DB_SCHEMA must be a plain SQL identifier, was '" + schema.get() + "'");
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
            return "memory (lost on exit)";
        }
        String schemaName = schema.orElse("public");
        return embedded()
                ? "embedded postgres, data dir " + dataDir.toAbsolutePath().normalize() + ", schema " + schemaName
                : "external postgres, schema " + schema.orElse("from DATABASE_URL or public");
    }
}
