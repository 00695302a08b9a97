package dev.agentdata.bootstrap;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.helidon.config.Config;
import io.helidon.config.ConfigException;

import dev.agentdata.adapter.redis.RedisSettings;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.SettingFormat;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageProvider;
import dev.agentdata.application.service.limit.RateLimits;

/**
 * Everything agentdata reads from its configuration, validated once at start-up.
 *
 * @param redis where the state the servers share lives; empty: each server keeps its own
 * @param events timing of the execution event streams and of the server's one outbox waker
 */
public record AppConfig(ServerSettings server, AuthSettings auth, StorageSettings storage, ServerLimits limits,
                        RateLimits rateLimits, Optional<RedisSettings> redis, EventSettings events) {

    public static AppConfig from(Config config) {
        ServerSettings server = new ServerSettings(
                string(config, "server.host", "0.0.0.0"),
                number(config, "server.port", 8080, "SERVER_PORT", Integer::parseInt),
                number(config, "server.max-payload-size", 16L * 1024 * 1024, "MAX_PAYLOAD_BYTES", Long::parseLong));
        AuthSettings auth = new AuthSettings(Optional.of(string(config, "auth.jwt-secret", "")));
        StorageProvider provider = StorageProviders.select(string(config, "storage.kind", "postgres"));
        StorageProviders.validate(config);
        StorageSettings storage = new StorageSettings(provider, StorageProviders.configuration(config, provider),
                StorageProviders.unusedVariables(config, provider),
                bool(config, "storage.graph-cache.enabled", true, "GRAPH_CACHE_ENABLED"),
                number(config, "storage.graph-cache.max-weight", 1_000_000L, "GRAPH_CACHE_MAX_WEIGHT", Long::parseLong));
        ServerLimits limits = ServerLimits.parse(string(config, "server.read-timeout", "30s"),
                string(config, "server.max-connections", "10000"), string(config, "server.max-header-size", "16KiB"),
                string(config, "server.max-body-memory", "32MiB"));
        RateLimits rateLimits = new RateLimits(
                count(config, "rate-limit.requests", 1000L, "RATE_LIMIT_REQUESTS"),
                count(config, "rate-limit.unauthenticated", 100L, "RATE_LIMIT_UNAUTHENTICATED"),
                duration(config, "rate-limit.window", "10s", "RATE_LIMIT_WINDOW"));
        EventSettings events = new EventSettings(
                positive(config, "events.keep-alive", "15s", "EVENTS_KEEP_ALIVE"),
                positive(config, "events.credential-check", "30s", "EVENTS_CREDENTIAL_CHECK"),
                positive(config, "events.poll-interval", "20ms", "EVENTS_POLL_INTERVAL"));
        return new AppConfig(server, auth, storage, limits, rateLimits, redis(config), events);
    }

    public AppConfig withServer(ServerSettings newServer) {
        return new AppConfig(newServer, auth, storage, limits, rateLimits, redis, events);
    }

    public AppConfig withAuth(AuthSettings newAuth) {
        return new AppConfig(server, newAuth, storage, limits, rateLimits, redis, events);
    }

    public AppConfig withRateLimits(RateLimits newRateLimits) {
        return new AppConfig(server, auth, storage, limits, newRateLimits, redis, events);
    }

    public AppConfig withRedis(Optional<RedisSettings> newRedis) {
        return new AppConfig(server, auth, storage, limits, rateLimits, newRedis, events);
    }

    public AppConfig withLimits(ServerLimits newLimits) {
        return new AppConfig(server, auth, storage, newLimits, rateLimits, redis, events);
    }

    public AppConfig withEvents(EventSettings newEvents) {
        return new AppConfig(server, auth, storage, limits, rateLimits, redis, newEvents);
    }

    private static Duration positive(Config config, String key, String fallback, String variable) {
        Duration d = duration(config, key, fallback, variable);
        if (d.isZero() || d.isNegative()) {
            throw new StartupException(variable + " must be positive, was " + d);
        }
        return d;
    }

    private static Optional<RedisSettings> redis(Config config) {
        Map<String, String> values = new LinkedHashMap<>();
        RedisSettings.SETTINGS.forEach(s -> config.get(s.key()).asString().ifPresent(v -> values.put(s.key(), v)));
        try {
            return RedisSettings.from(StorageConfiguration.of(values));
        } catch (InvalidSettingException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    private static long count(Config config, String key, long fallback, String variable) {
        long n = number(config, key, fallback, variable, Long::parseLong);
        if (n < 0) {
            throw new StartupException(variable + " must be 0 (off) or more, was " + n);
        }
        return n;
    }

    private static Duration duration(Config config, String key, String fallback, String variable) {
        String raw = string(config, key, "");
        try {
            return SettingFormat.duration(variable, raw.isEmpty() ? fallback : raw);
        } catch (InvalidSettingException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    private static String string(Config config, String key, String fallback) {
        return config.get(key).asString().orElse(fallback).strip();
    }

    private static <T> T number(Config config, String key, T fallback, String variable, Function<String, T> parse) {
        String raw = string(config, key, "");
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return parse.apply(raw);
        } catch (NumberFormatException | ConfigException e) {
            throw new StartupException(variable + " must be a whole number, was '" + raw + "'");
        }
    }

    private static boolean bool(Config config, String key, boolean fallback, String variable) {
        String raw = string(config, key, "");
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "" -> fallback;
            case "true" -> true;
            case "false" -> false;
            default -> throw new StartupException(variable + " must be true or false, was '" + raw + "'");
        };
    }
}
