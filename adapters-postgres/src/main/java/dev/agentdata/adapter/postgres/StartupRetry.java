package dev.agentdata.adapter.postgres;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import dev.agentdata.application.port.out.StorageUnavailableException;

/**
 * Waits for the database at start-up, but only for what can heal: a refused or timed-out connection, a server
 * starting up or shutting down, too many connections. Those are retried with exponential back-off and full jitter
 * for at most {@code maxWait}, each retry logged in one line with its reason. Anything else (a missing database or
 * role, bad credentials, an unknown host) fails at once with PostgreSQL's own message. A {@code maxWait} of zero
 * means a single attempt.
 */
public record StartupRetry(Duration maxWait, Duration initialDelay, Duration maxDelay) {
    /** How long {@link #defaults()} waits: room for a database container that is still starting. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(60);
    private static final System.Logger LOG = System.getLogger(StartupRetry.class.getName());
    /** SQLStates of a connection attempt that may succeed later: 08001/08006 cover refused and timed out. */
    private static final Set<String> HEALING = Set.of("08000", "08001", "08003", "08006", "57P01", "57P03", "53300");

    /** Opens one connection; a data source's {@code getConnection}, or the driver directly. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    public StartupRetry {
        if (maxWait.isNegative() || initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= maxWait, 0 <= initialDelay <= maxDelay");
        }
    }

    /** Waits up to {@code maxWait}, 200 ms doubling up to 5 s between attempts. */
    public static StartupRetry within(Duration maxWait) {
        return new StartupRetry(maxWait, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /** {@link #within} {@link #DEFAULT_MAX_WAIT}. */
    public static StartupRetry defaults() {
        return within(DEFAULT_MAX_WAIT);
    }

    /** As {@link #awaitConnection(Connector)} with connections from {@code dataSource}. */
    public void awaitConnection(DataSource dataSource) {
        awaitConnection(dataSource::getConnection);
    }

    /**
     * Returns once a connection answers. Throws {@link UnusableDatabaseException} at once for a failure that waiting
     * cannot heal, and {@link StorageUnavailableException} when {@code maxWait} passes without an answer.
     */
    public void awaitConnection(Connector connector) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connector.connect()) {
                if (c.isValid(5)) {
                    if (attempt > 1) {
                        LOG.log(Level.INFO, "database reachable at attempt {0}", attempt);
                    }
                    return;
                }
                throw new SQLException("the connection is not valid", "08006");
            } catch (SQLException e) {
                if (!canHeal(e)) {
                    throw new UnusableDatabaseException(oneLine(e), e);
                }
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new StorageUnavailableException("the database is unavailable", e);
                }
                long sleep = Math.min(delayMillis(attempt), left);
                LOG.log(Level.WARNING, "database not reachable yet ({0}); retrying in {1,number,#} ms,"
                        + " giving up in {2,number,#} s", oneLine(e), sleep, (left + 999) / 1000);
                sleep(sleep);
            }
        }
    }

    /** Whether waiting may fix {@code failure}: its SQLState (or its chain's) is one of a refusal or a server busy. */
    static boolean canHeal(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                if (HEALING.contains(s.getSQLState()) && !(s.getCause() instanceof java.net.UnknownHostException)) {
                    return true;
                }
                if (!s.getSQLState().startsWith("08")) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The driver's message on one line (a server message may carry Detail and Hint lines). */
    static String oneLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Full jitter: uniform in [0, min(maxDelay, initialDelay * 2^(attempt-1))]. */
    long delayMillis(int attempt) {
        long cap = initialDelay.toMillis() << Math.min(attempt - 1, 20);
        long bound = Math.min(maxDelay.toMillis(), cap);
        return bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException("interrupted while waiting for the database", e);
        }
    }
}
