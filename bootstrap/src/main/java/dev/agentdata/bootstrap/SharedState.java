package dev.agentdata.bootstrap;

import java.time.Clock;
import java.util.Optional;

import dev.agentdata.adapter.memory.replica.InMemoryWritePositions;

import dev.agentdata.adapter.redis.RedisConnection;
import dev.agentdata.adapter.redis.RedisRequestQuotas;
import dev.agentdata.adapter.redis.RedisSettings;
import dev.agentdata.adapter.redis.RedisWritePositions;
import dev.agentdata.application.port.out.RequestQuotas;
import dev.agentdata.application.port.out.WritePositions;

/**
 * The state the servers share: in Redis when {@code REDIS_URL} is set, through one connection for every use (the
 * rate-limit counts, the write positions of read-your-writes). Without it nothing connects and each server keeps
 * its own. Closing closes the connection.
 */
final class SharedState implements AutoCloseable {
    private final Optional<RedisConnection> redis;

    private SharedState(Optional<RedisConnection> redis) {
        this.redis = redis;
    }

    static SharedState open(Optional<RedisSettings> settings) {
        return new SharedState(settings.map(RedisConnection::open));
    }

    /** The request quotas all servers share, or {@code local} when there is no Redis. */
    RequestQuotas requestQuotas(RequestQuotas local) {
        return redis.<RequestQuotas>map(RedisRequestQuotas::new).orElse(local);
    }

    /**
     * Where read-your-writes keeps each user's last write position: in Redis for every server, or in this server's
     * memory when there is no Redis.
     */
    WritePositions writePositions(Clock clock) {
        return redis.<WritePositions>map(RedisWritePositions::new).orElseGet(() -> new InMemoryWritePositions(clock));
    }

    /** Whether state is shared through Redis at all (configured, whether reachable now or not). */
    boolean configured() {
        return redis.isPresent();
    }

    /** Whether the servers share state, and Redis is in use right now. */
    boolean available() {
        return redis.map(RedisConnection::available).orElse(false);
    }

    @Override
    public void close() {
        redis.ifPresent(RedisConnection::close);
    }
}
