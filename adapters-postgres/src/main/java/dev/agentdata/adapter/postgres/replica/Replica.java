package dev.agentdata.adapter.postgres.replica;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.adapter.postgres.ops.PgTarget;

/**
 * One streaming replica: its pool, and what the last poll saw: whether it answered, the WAL position it had replayed
 * and since when it holds everything the primary had ({@code caughtUpNanos}, on {@link System#nanoTime()}).
 */
final class Replica implements AutoCloseable {
    /** A replica that has no free connection this soon is passed over for the primary. */
    private static final Duration CONNECTION_WAIT = Duration.ofMillis(500);
    /** The lag of a replica never seen caught up: more than any setting allows. */
    private static final Duration UNKNOWN_LAG = Duration.ofDays(365);

    private final String name;
    private final PostgresSettings settings;
    private final HikariDataSource pool;
    private volatile boolean up;
    private volatile long replayedUpTo;
    private volatile long caughtUpNanos = Long.MIN_VALUE;

    Replica(PostgresSettings settings) {
        PgTarget target = PgTarget.of(settings);
        this.name = target.host() + ":" + target.port();
        this.settings = settings;
        this.pool = pool(settings, name);
    }

    private static HikariDataSource pool(PostgresSettings s, String name) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("agentdata-replica-" + name);
        c.setJdbcUrl(s.jdbcUrl());
        if (s.user() != null) {
            c.setUsername(s.user());
        }
        if (s.password() != null) {
            c.setPassword(s.password());
        }
        c.setMaximumPoolSize(s.poolSize());
        c.setMinimumIdle(Math.min(2, s.poolSize()));
        c.setConnectionTimeout(Math.max(250, CONNECTION_WAIT.toMillis()));
        c.setValidationTimeout(TimeUnit.SECONDS.toMillis(1));
        c.addDataSourceProperty("connectTimeout", String.valueOf(s.connectTimeoutSeconds()));
        c.addDataSourceProperty("tcpKeepAlive", "true");
        c.addDataSourceProperty("ApplicationName", "agentdata-replica");
        c.setReadOnly(true);
        c.setConnectionInitSql("SET statement_timeout = " + s.statementTimeout().toMillis());
        c.setInitializationFailTimeout(-1);
        return new HikariDataSource(c);
    }

    String name() {
        return name;
    }

    PostgresSettings settings() {
        return settings;
    }

    DataSource pool() {
        return pool;
    }

    void answered(long replayedPosition, long caughtUpSince) {
        replayedUpTo = replayedPosition;
        caughtUpNanos = caughtUpSince;
        up = true;
    }

    void down() {
        up = false;
    }

    boolean up() {
        return up;
    }

    /** Whether it has replayed {@code position}, as the last poll saw. */
    boolean replayed(long position) {
        return Long.compareUnsigned(replayedUpTo, position) >= 0;
    }

    /** Whether it may answer a read that needs {@code floor} replayed, being at most {@code maxLag} behind. */
    boolean mayServe(long floor, Duration maxLag, long nowNanos) {
        return up && replayed(floor) && lag(nowNanos).compareTo(maxLag) <= 0;
    }

    /** How far behind the primary it is: since when it lacks something the primary had; unknown is very far. */
    Duration lag(long nowNanos) {
        long since = caughtUpNanos;
        return since == Long.MIN_VALUE ? UNKNOWN_LAG : Duration.ofNanos(Math.max(0, nowNanos - since));
    }

    @Override
    public void close() {
        pool.close();
    }
}
