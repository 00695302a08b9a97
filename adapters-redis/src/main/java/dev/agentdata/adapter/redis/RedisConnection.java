package dev.agentdata.adapter.redis;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.ClientResources;

import dev.agentdata.application.port.out.SharedStateUnavailableException;

/**
 * The server's one connection to Redis, shared by every use of it (rate-limit counts; later read-your-writes
 * positions), with the failure handling they all get: each command has {@link RedisSettings#callBudget()}; a command
 * past it, an error reply or a lost connection marks Redis down, logs one line and closes the connection (a library
 * call whose retries together overran the budget fails that call only); while down every call fails at once with
 * {@link SharedStateUnavailableException} (callers fall back to what one server knows) and a background probe
 * reconnects every {@link #PROBE_INTERVAL}; the first probe that answers logs one line and Redis is used again.
 */
public final class RedisConnection implements AutoCloseable {
    static final Duration PROBE_INTERVAL = Duration.ofMillis(500);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(RedisConnection.class.getName());

    private final RedisSettings settings;
    private final ClientResources resources;
    private final RedisClient client;
    /** The live connection; {@code null} while Redis is known to be down. */
    private final AtomicReference<StatefulRedisConnection<byte[], byte[]>> current = new AtomicReference<>();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agentdata-redis-probe");
        t.setDaemon(true);
        return t;
    });
    /** How many times a connection was made: a change tells users that Redis was away in between. */
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean probing;
    private volatile boolean closed;

    private RedisConnection(RedisSettings settings) {
        this.settings = settings;
        this.resources = ClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
        this.client = RedisClient.create(resources, settings.uri());
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.callBudget()))
                .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
                .build());
    }

    /**
     * Connects to the Redis {@code settings} name; when it cannot be reached the server starts all the same, logs
     * one line and keeps probing.
     */
    public static RedisConnection open(RedisSettings settings) {
        RedisConnection redis = new RedisConnection(settings);
        try {
            redis.current.set(redis.connect());
            redis.connections.incrementAndGet();
            LOG.log(Level.INFO, "state shared through {0}", settings.description());
        } catch (RuntimeException e) {
            redis.wentDown(null, e);
        }
        return redis;
    }

    /**
     * Runs {@code work} on the live connection. While Redis is known to be down it fails at once; a failure of
     * Redis inside {@code work} (a timeout, a lost connection, an error reply) marks it down. Either way the caller
     * gets {@link SharedStateUnavailableException}; other failures pass through unchanged.
     */
    public <T> T call(Function<StatefulRedisConnection<byte[], byte[]>, T> work) {
        StatefulRedisConnection<byte[], byte[]> connection = current.get();
        if (connection == null) {
            throw new SharedStateUnavailableException("Redis is unavailable", null);
        }
        try {
            return work.apply(connection);
        } catch (RuntimeException e) {
            if (isOutage(e)) {
                wentDown(connection, e);
            } else if (!isOverBudget(e)) {
                throw e;
            }
            throw new SharedStateUnavailableException("Redis is unavailable", e);
        }
    }

    /** Whether Redis is in use now (false while it is known to be down). */
    public boolean available() {
        return current.get() != null;
    }

    /** Changes each time Redis is connected again, so state kept across an outage can be re-checked. */
    public long generation() {
        return connections.get();
    }

    /** The full name of one of agentdata's keys: the configured prefix, then {@code name}. */
    public byte[] key(String name) {
        return (settings.keyPrefix() + name).getBytes(StandardCharsets.UTF_8);
    }

    public RedisSettings settings() {
        return settings;
    }

    /** The live connection, for a library's own calls made inside {@link #call}; fails while Redis is down. */
    StatefulRedisConnection<byte[], byte[]> live() {
        StatefulRedisConnection<byte[], byte[]> connection = current.get();
        if (connection == null) {
            throw new RedisException("Redis is down");
        }
        return connection;
    }

    private StatefulRedisConnection<byte[], byte[]> connect() {
        StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
        try {
            connection.setTimeout(settings.callBudget());
            connection.sync().ping();
            // a lost connection marks Redis down at once, not at the next call, so the probe starts now
            connection.addListener(new RedisConnectionStateListener() {
                @Override
                public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
                    if (!closed) {
                        wentDown(connection, new RedisConnectionException("connection lost"));
                    }
                }
            });
            return connection;
        } catch (RuntimeException e) {
            connection.closeAsync();
            throw e;
        }
    }

    private void wentDown(StatefulRedisConnection<byte[], byte[]> failed, Throwable cause) {
        if (failed != null && !current.compareAndSet(failed, null)) {
            return;
        }
        if (failed != null) {
            failed.closeAsync();
        }
        LOG.log(Level.WARNING, "{0} is unavailable ({1}): each server keeps its own state (rate-limit counts) and "
                + "reads the primary until it is back; probing every {2} ms",
                settings.description(), reason(cause), PROBE_INTERVAL.toMillis());
        startProbing();
    }

    private synchronized void startProbing() {
        if (probing || prober.isShutdown()) {
            return;
        }
        probing = true;
        prober.schedule(this::probe, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probe() {
        try {
            StatefulRedisConnection<byte[], byte[]> connection = connect();
            synchronized (this) {
                probing = false;
            }
            current.set(connection);
            connections.incrementAndGet();
            LOG.log(Level.INFO, "{0} is available again: state is shared again", settings.description());
        } catch (RuntimeException e) {
            if (!prober.isShutdown()) {
                prober.schedule(this::probe, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Redis did not answer a command within its budget, lost the connection or answered with an error. */
    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RedisException) {
                return true;
            }
        }
        return false;
    }

    /** Redis answered every command, but a library's whole call (retries included) ran past its budget. */
    private static boolean isOverBudget(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof io.github.bucket4j.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void close() {
        closed = true;
        prober.shutdownNow();
        StatefulRedisConnection<byte[], byte[]> connection = current.getAndSet(null);
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
