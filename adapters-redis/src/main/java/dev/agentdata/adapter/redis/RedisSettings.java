package dev.agentdata.adapter.redis;

import static dev.agentdata.application.port.out.storage.SettingFormat.DURATION;
import static dev.agentdata.application.port.out.storage.SettingFormat.TEXT;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.lettuce.core.RedisURI;

import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.Setting;
import dev.agentdata.application.port.out.storage.StorageConfiguration;

/**
 * Where the state the servers share lives: the Redis at {@code REDIS_URL}, the budget of each call to it, and the
 * prefix of every key (deployments, or tests, that share one Redis keep apart by prefix or database index).
 */
public record RedisSettings(RedisURI uri, Duration callBudget, String keyPrefix) {
    public static final Setting REDIS_URL = new Setting("REDIS_URL", "redis.url", "",
            "state the servers share (rate-limit counts, read-your-writes positions), e.g. "
                    + "`redis://127.0.0.1:6379/0`; unset: each server keeps its own",
            TEXT);
    public static final Setting REDIS_TIMEOUT = new Setting("REDIS_TIMEOUT", "redis.timeout", "50ms",
            "budget of each Redis call; past it, and while Redis is down, each server counts alone", DURATION);
    public static final Setting REDIS_KEY_PREFIX = new Setting("REDIS_KEY_PREFIX", "redis.key-prefix", "agentdata:",
            "prefix of every key agentdata writes, for deployments that share one Redis", TEXT);
    public static final List<Setting> SETTINGS = List.of(REDIS_URL, REDIS_TIMEOUT, REDIS_KEY_PREFIX);

    public RedisSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(callBudget, "callBudget");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (callBudget.isNegative() || callBudget.isZero()) {
            throw new IllegalArgumentException("callBudget must be positive, was " + callBudget);
        }
    }

    /** The settings {@code configuration} holds; empty when {@code REDIS_URL} is unset (nothing connects then). */
    public static Optional<RedisSettings> from(StorageConfiguration configuration) throws InvalidSettingException {
        configuration.validate(SETTINGS);
        Optional<String> url = configuration.optionalText(REDIS_URL);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        RedisURI uri;
        try {
            uri = RedisURI.create(url.get());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(REDIS_URL.name() + " is not a Redis URL such as redis://host:6379/0: "
                    + e.getMessage(), e);
        }
        return Optional.of(new RedisSettings(uri, configuration.duration(REDIS_TIMEOUT),
                configuration.text(REDIS_KEY_PREFIX)));
    }

    /** Host, port and database, never a password: how log lines name this Redis. */
    public String description() {
        return "redis://" + uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
    }
}
