package dev.agentdata.bootstrap;

import java.util.Optional;

import dev.agentdata.adapter.redis.RedisConnection;
import dev.agentdata.adapter.redis.RedisRequestQuotas;
import dev.agentdata.adapter.redis.RedisSettings;
import dev.agentdata.application.port.out.RequestQuotas;

/**
 * The state the servers share: in Redis when {@code REDIS_URL} is set, through one connection for every use (the
 * rate-limit counts; each later use takes its port from here too). Without it nothing connects and each server keeps
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

    /** Whether the servers share state, and Redis is in use right now. */
    boolean available() {
        return redis.map(RedisConnection::available).orElse(false);
    }

    @Override
    public void close() {
        redis.ifPresent(RedisConnection::close);
    }
}
