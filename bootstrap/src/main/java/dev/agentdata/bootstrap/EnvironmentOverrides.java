package dev.agentdata.bootstrap;

import static dev.agentdata.application.port.out.storage.SettingFormat.BOOLEAN;
import static dev.agentdata.application.port.out.storage.SettingFormat.DURATION;
import static dev.agentdata.application.port.out.storage.SettingFormat.TEXT;
import static dev.agentdata.application.port.out.storage.SettingFormat.WHOLE_NUMBER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentdata.adapter.redis.RedisSettings;
import dev.agentdata.application.port.out.storage.Setting;

/**
 * The environment variables agentdata reads and the configuration keys they override: the server's own, then
 * those every installed storage provider declares. Helidon's own mapping ({@code SERVER_PORT} to
 * {@code server.port}) cannot express {@code JWT_SECRET} to {@code auth.jwt-secret}, so the table is explicit and
 * nothing else in the environment is read.
 */
public final class EnvironmentOverrides {
    /** The server's own settings, in the order the README lists them. */
    public static final List<Setting> SERVER_SETTINGS = List.of(
            new Setting("JWT_SECRET", "auth.jwt-secret", "",
                    "required: HS256 secret for bearer tokens, ≥ 32 bytes; also keys the pagination cursors", TEXT),
            new Setting("SERVER_PORT", "server.port", "8080", "HTTP port (`0`: any free port)", WHOLE_NUMBER),
            new Setting("SERVER_HOST", "server.host", "0.0.0.0", "address to bind", TEXT),
            new Setting("MAX_PAYLOAD_BYTES", "server.max-payload-size", "16777216",
                    "larger bodies get a 413 problem (16 MiB: a 10,000-node graph fits)", WHOLE_NUMBER),
            new Setting("SERVER_READ_TIMEOUT", "server.read-timeout", "30s",
                    "a request whose headers and body have not all arrived this long after its request line is "
                            + "closed, and so is a connection idle this long", DURATION),
            new Setting("SERVER_MAX_CONNECTIONS", "server.max-connections", "10000",
                    "connections beyond this many wait, not accepted, until one closes (room for 1,000 event streams)", WHOLE_NUMBER),
            new Setting("SERVER_MAX_HEADER_SIZE", "server.max-header-size", "16KiB",
                    "larger request headers get a 431 problem", TEXT),
            new Setting("SERVER_MAX_BODY_MEMORY", "server.max-body-memory", "32MiB",
                    "request bodies over 64 KiB read at once add up to at most this; past it one waits up to 10 s, "
                            + "then gets a 503 problem (raise it with the heap)", TEXT),
            new Setting("RATE_LIMIT_REQUESTS", "rate-limit.requests", "1000",
                    "requests to `/api/` per window of each caller (a user by token; each API key on its own); past "
                            + "it 429 (`0`: off)", WHOLE_NUMBER),
            new Setting("RATE_LIMIT_WINDOW", "rate-limit.window", "10s", "the window of both rate limits", DURATION),
            new Setting("RATE_LIMIT_UNAUTHENTICATED", "rate-limit.unauthenticated", "100",
                    "failed authentications per window of each client address; past it the address gets 429 until "
                            + "the window ends (`0`: off)", WHOLE_NUMBER),
            new Setting("EVENTS_KEEP_ALIVE", "events.keep-alive", "15s",
                    "an idle event stream sends a `: keep-alive` comment this often", DURATION),
            new Setting("EVENTS_CREDENTIAL_CHECK", "events.credential-check", "30s",
                    "an event stream re-checks its token's expiry or API key's revocation this often (API.md: ≤ 60 s)",
                    DURATION),
            new Setting("EVENTS_POLL_INTERVAL", "events.poll-interval", "20ms",
                    "while any event stream is open, the server's one waker polls the outbox this often (four times"
                            + " less often once 50 polls in a row found nothing, until one finds something)", DURATION),
            new Setting("STORAGE", "storage.kind", "postgres",
                    "which storage serves: `postgres` or `memory` (lost on exit)", TEXT),
            new Setting("GRAPH_CACHE_ENABLED", "storage.graph-cache.enabled", "true",
                    "cache of immutable graph versions", BOOLEAN),
            new Setting("GRAPH_CACHE_MAX_WEIGHT", "storage.graph-cache.max-weight", "1000000",
                    "cache bound: versions plus their nodes and links", WHOLE_NUMBER),
            new Setting("EXECUTIONS_SWEEPER_ENABLED", "executions.sweeper-enabled", "true",
                    "the sweeper in `serve` moves stuck executions to `timeout`", BOOLEAN),
            new Setting("EXECUTIONS_RUNNING_TIMEOUT", "executions.running-timeout", "6h",
                    "a `running` execution older than this is stuck", TEXT),
            new Setting("EXECUTIONS_QUEUED_TIMEOUT", "executions.queued-timeout", "24h",
                    "a `queued` execution older than this is stuck", TEXT),
            new Setting("EXECUTIONS_SWEEP_INTERVAL", "executions.sweep-interval", "1m", "how often the sweeper looks",
                    TEXT),
            new Setting("PRUNE_OLDER_THAN_DAYS", "prune.older-than-days", "0",
                    "scheduled pruning of executions finished longer ago (`0`: off)", WHOLE_NUMBER),
            new Setting("PRUNE_INTERVAL_HOURS", "prune.interval-hours", "24", "how often pruning runs", WHOLE_NUMBER),
            new Setting("PRUNE_BATCH_SIZE", "prune.batch-size", "1000", "executions deleted per transaction",
                    WHOLE_NUMBER));

    /** Environment variable to configuration key: the server's, then the storage providers'. */
    public static final Map<String, String> KEYS = table();

    private EnvironmentOverrides() {
    }

    /** Every setting: the server's own, Redis's, then each installed storage provider's. */
    public static List<Setting> settings() {
        List<Setting> all = new ArrayList<>(SERVER_SETTINGS);
        all.addAll(RedisSettings.SETTINGS);
        for (Setting setting : StorageProviders.settings()) {
            var same = all.stream().filter(s -> s.variable().equals(setting.variable())).findFirst();
            if (same.isEmpty()) {
                all.add(setting);
            } else if (!same.get().key().equals(setting.key())) {
                throw new IllegalStateException(setting.variable() + " is declared for two keys: "
                        + same.get().key() + " and " + setting.key());
            }
        }
        return List.copyOf(all);
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
        settings().forEach(s -> keys.put(s.variable(), s.key()));
        return java.util.Collections.unmodifiableMap(keys);
    }
}
