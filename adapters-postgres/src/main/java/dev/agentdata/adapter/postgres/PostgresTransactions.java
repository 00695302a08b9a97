package dev.agentdata.adapter.postgres;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import dev.agentdata.application.port.out.Transactions;

/**
 * Binds one connection to a unit of work (nested calls join it), commits at the end, rolls back on any
 * exception and re-runs the whole unit after a serialization failure or deadlock, a bounded number of times.
 */
public final class PostgresTransactions implements Transactions {
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    private static final System.Logger LOG = System.getLogger(PostgresTransactions.class.getName());

    private final UnitOfWorkConnections jdbc;
    private final int maxAttempts;

    public PostgresTransactions(UnitOfWorkConnections jdbc) {
        this(jdbc, DEFAULT_MAX_ATTEMPTS);
    }

    public PostgresTransactions(UnitOfWorkConnections jdbc, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        this.jdbc = jdbc;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (jdbc.inUnitOfWork()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (RetryableStorageException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                LOG.log(Level.DEBUG, "unit of work hit a serialization failure or deadlock, attempt {0} of {1}",
                        attempt, maxAttempts);
                backOff(attempt);
            }
        }
    }

    private <T> T once(Supplier<T> work) {
        Connection c;
        try {
            c = jdbc.borrow();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
        try {
            c.setAutoCommit(false);
            jdbc.bind(c);
            T result = work.get();
            c.commit();
            return result;
        } catch (RuntimeException e) {
            rollbackQuietly(c, e);
            throw SqlErrors.translate(e);
        } catch (Error e) {
            rollbackQuietly(c, e);
            throw e;
        } catch (SQLException e) {
            rollbackQuietly(c, e);
            throw SqlErrors.translate(e);
        } finally {
            jdbc.unbind();
            closeQuietly(c);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a broken connection: Hikari evicts it on close
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }

    private static void backOff(int attempt) {
        long max = Math.min(100, 5L << attempt);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, max + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a unit of work", e);
        }
    }
}
