package dev.agentdata.adapter.postgres.replica;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.agentdata.adapter.postgres.PostgresSettings;

/**
 * One background poll, every {@link #INTERVAL}, instead of a query per request: the primary's WAL position, then each
 * replica's replayed position, on connections of its own. The primary's recent positions, with when they were read,
 * say how far behind a replica is: since the newest reading it has replayed. A replica that does not answer is down
 * (one line logged when that changes) and is asked again at the next poll.
 */
final class ReplicationMonitor implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofMillis(100);
    private static final int TIMEOUT_SECONDS = 2;
    private static final System.Logger LOG = System.getLogger(ReplicationMonitor.class.getName());

    private final PostgresSettings primary;
    private final List<Replica> replicas;
    private final long keepNanos;
    /** The primary's positions, oldest first, as (read at nanos, position). */
    private final Deque<long[]> readings = new ArrayDeque<>();
    private final Map<Object, Connection> connections = new HashMap<>();
    private final Set<Replica> reportedDown = new HashSet<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agentdata-replica-monitor");
        t.setDaemon(true);
        return t;
    });

    ReplicationMonitor(PostgresSettings primary, List<Replica> replicas, Duration maxLag) {
        this.primary = primary;
        this.replicas = replicas;
        this.keepNanos = maxLag.plusSeconds(1).toNanos();
    }

    void start() {
        poller.scheduleWithFixedDelay(this::poll, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round; the poll thread only, so the readings and connections need no lock. */
    void poll() {
        try {
            long position = position(primary, primary, WalPosition.PRIMARY).orElseThrow();
            long now = System.nanoTime();
            readings.addLast(new long[] {now, position});
            while (readings.size() > 1 && now - readings.peekFirst()[0] > keepNanos) {
                readings.removeFirst();
            }
        } catch (SQLException | RuntimeException e) {
            // without the primary's position no lag is known: replicas fall behind on paper and are skipped
        }
        for (Replica replica : replicas) {
            try {
                OptionalLong replayed = position(replica, replica.settings(), WalPosition.REPLAYED);
                if (replayed.isEmpty()) {
                    throw new SQLException("it is not a standby (pg_last_wal_replay_lsn() is null)");
                }
                if (reportedDown.remove(replica)) {
                    LOG.log(Level.INFO, "replica {0} answers again: it may serve reads", replica.name());
                }
                replica.answered(replayed.getAsLong(), caughtUpSince(replayed.getAsLong()));
            } catch (SQLException | RuntimeException e) {
                if (reportedDown.add(replica)) {
                    LOG.log(Level.WARNING, "replica {0} is skipped, the primary answers its reads: {1}",
                            replica.name(), e.getMessage());
                }
                replica.down();
            }
        }
    }

    /** When the newest primary reading that {@code replayed} covers was taken; never: no reading covered. */
    private long caughtUpSince(long replayed) {
        var newestFirst = readings.descendingIterator();
        while (newestFirst.hasNext()) {
            long[] reading = newestFirst.next();
            if (Long.compareUnsigned(replayed, reading[1]) >= 0) {
                return reading[0];
            }
        }
        return Long.MIN_VALUE;
    }

    private OptionalLong position(Object who, PostgresSettings settings, String query) throws SQLException {
        Connection c = connections.get(who);
        try {
            if (c == null) {
                c = connect(settings);
                connections.put(who, c);
            }
            return WalPosition.read(c, query);
        } catch (SQLException | RuntimeException e) {
            connections.remove(who);
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // a broken connection: nothing left to release
                }
            }
            throw e;
        }
    }

    private static Connection connect(PostgresSettings settings) throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "agentdata-replica-monitor");
        return DriverManager.getConnection(settings.jdbcUrl(), properties);
    }

    @Override
    public void close() {
        poller.shutdownNow();
        try {
            poller.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.values().forEach(c -> {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        });
    }
}
