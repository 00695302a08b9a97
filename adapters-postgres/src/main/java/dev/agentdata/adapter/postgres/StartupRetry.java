package dev.agentdata.adapter.postgres;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import dev.agentdata.application.port.out.StorageUnavailableException;

/**
 * Waits for the database at start-up: bounded attempts, exponential back-off with full jitter, every attempt
 * logged. {@code maxAttempts} of 1 means a single try.
 */
public record StartupRetry(int maxAttempts, Duration initialDelay, Duration maxDelay) {
    private static final System.Logger LOG = System.getLogger(StartupRetry.class.getName());

    public StartupRetry {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= initialDelay <= maxDelay");
        }
    }

    /** Ten attempts, 200 ms doubling up to 5 s: about half a minute in the worst case. */
    public static StartupRetry defaults() {
        return new StartupRetry(10, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /** Returns once a connection answers; throws {@link StorageUnavailableException} after the last attempt. */
    public void awaitConnection(DataSource dataSource) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                if (c.isValid(5)) {
                    LOG.log(Level.INFO, "database reachable (attempt {0} of {1})", attempt, maxAttempts);
                    return;
                }
                throw new SQLException("connection is not valid", "08006");
            } catch (SQLException e) {
                if (attempt >= maxAttempts) {
                    LOG.log(Level.ERROR, "database unreachable after {0} attempts: {1}", attempt, e.getMessage());
                    throw new StorageUnavailableException("the database is unavailable", e);
                }
                long sleep = delayMillis(attempt);
                LOG.log(Level.WARNING, "database unreachable (attempt {0} of {1}): {2}; retrying in {3} ms",
                        attempt, maxAttempts, e.getMessage(), sleep);
                sleep(sleep);
            }
        }
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
