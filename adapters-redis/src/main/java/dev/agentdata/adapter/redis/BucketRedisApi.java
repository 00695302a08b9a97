package dev.agentdata.adapter.redis;

import io.github.bucket4j.redis.lettuce.RedisApi;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;

/**
 * Bucket4j's view of Redis, on whatever connection {@link RedisConnection} holds now, so the buckets outlive a
 * reconnect. Generic in the key type as Bucket4j is: it passes keys as {@code Object[]}, which a
 * {@code RedisApi<byte[]>} would fail to cast to {@code byte[][]}.
 */
final class BucketRedisApi<K> implements RedisApi<K> {
    private final RedisConnection redis;

    BucketRedisApi(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public <V> RedisFuture<V> eval(String script, ScriptOutputType type, K[] keys, byte[]... args) {
        return commands().eval(script, type, keys, args);
    }

    @Override
    public RedisFuture<byte[]> get(K key) {
        return commands().get(key);
    }

    @Override
    public RedisFuture<?> delete(K key) {
        return commands().del(key);
    }

    /** The byte-array commands, typed with Bucket4j's key type (its keys are the byte arrays of the key names). */
    @SuppressWarnings("unchecked")
    private RedisAsyncCommands<K, byte[]> commands() {
        return (RedisAsyncCommands<K, byte[]>) (RedisAsyncCommands<?, byte[]>) redis.live().async();
    }
}
