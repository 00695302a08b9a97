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
        return Map.copyOf(keys);
    }
}
