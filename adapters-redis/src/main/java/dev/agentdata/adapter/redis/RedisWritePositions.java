package dev.agentdata.adapter.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;

import dev.agentdata.application.port.out.WritePositions;

/**
 * Write positions every server shares: {@code <prefix>rw:user:<id>} per user (expiring) and {@code <prefix>rw:epoch},
 * each a 16-digit hex WAL position, only ever raised (one script, so concurrent writers keep the highest). A missing
 * epoch means Redis lost its state; so does an outage seen by this server (a write it could not record, or a new
 * connection): then {@link #floor} is empty until {@link #startEpoch} ran again.
 */
public final class RedisWritePositions implements WritePositions {
    private static final String RAISE = """
            local current = redis.call('GET', KEYS[1])
            if (not current) or current < ARGV[1] then
              if ARGV[2] == '0' then redis.call('SET', KEYS[1], ARGV[1])
              else redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
            elseif ARGV[2] ~= '0' then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 1""";

    private final RedisConnection redis;
    private final byte[] epochKey;
    private final AtomicLong failedRecords = new AtomicLong();
    private volatile long epochGeneration = -1;
    private volatile long epochFailedRecords = -1;

    public RedisWritePositions(RedisConnection redis) {
        this.redis = redis;
        this.epochKey = redis.key("rw:epoch");
    }

    @Override
    public void remember(UUID userId, long position, Duration keep) {
        try {
            raise(userKey(userId), position, Math.max(1, keep.toMillis()));
        } catch (RuntimeException e) {
            failedRecords.incrementAndGet();
            throw e;
        }
    }

    @Override
    public OptionalLong floor(UUID userId) {
        if (epochGeneration != redis.generation() || epochFailedRecords != failedRecords.get()) {
            return OptionalLong.empty();
        }
        List<KeyValue<byte[], byte[]>> values = redis.call(c -> c.sync().mget(epochKey, userKey(userId)));
        if (!values.get(0).hasValue()) {
            return OptionalLong.empty();
        }
        long epoch = parse(values.get(0).getValue());
        if (!values.get(1).hasValue()) {
            return OptionalLong.of(epoch);
        }
        long user = parse(values.get(1).getValue());
        return OptionalLong.of(Long.compareUnsigned(user, epoch) > 0 ? user : epoch);
    }

    @Override
    public void startEpoch(long position) {
        long generation = redis.generation();
        long failures = failedRecords.get();
        raise(epochKey, position, 0);
        epochGeneration = generation;
        epochFailedRecords = failures;
    }

    private void raise(byte[] key, long position, long keepMillis) {
        byte[] value = String.format("%016x", position).getBytes(StandardCharsets.US_ASCII);
        byte[] keep = Long.toString(keepMillis).getBytes(StandardCharsets.US_ASCII);
        redis.call(c -> c.sync().eval(RAISE, ScriptOutputType.INTEGER, new byte[][] {key}, value, keep));
    }

    private byte[] userKey(UUID userId) {
        return redis.key("rw:user:" + userId);
    }

    private static long parse(byte[] hex) {
        return Long.parseUnsignedLong(new String(hex, StandardCharsets.US_ASCII), 16);
    }
}
