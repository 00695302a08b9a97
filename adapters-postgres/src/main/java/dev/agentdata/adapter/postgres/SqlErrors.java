package dev.agentdata.adapter.postgres;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import dev.agentdata.application.port.out.StorageUnavailableException;

/** Turns JDBC failures into the exceptions the application understands, without leaking SQL or internals. */
public final class SqlErrors {
    public static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    /** A statement cancelled, by its {@code statement_timeout} above all: the database was too slow to answer. */
    private static final String QUERY_CANCELED = "57014";

    private SqlErrors() {
    }

    /** The exception to throw for {@code failure}: unavailable, retryable, or a plain storage error. */
    public static RuntimeException translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageUnavailableException u) {
                return u;
            }
            if (t instanceof RetryableStorageException r) {
                return r;
            }
        }
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return failure instanceof RuntimeException r ? r : new StorageException(failure);
        }
        if (isConnectionFailure(sql)) {
            return new StorageUnavailableException("the database is unavailable", failure);
        }
        if (QUERY_CANCELED.equals(sql.getSQLState())) {
            return new StorageUnavailableException("the database did not answer within the statement timeout",
                    failure);
        }
        if (isRetryable(sql)) {
            return new RetryableStorageException(failure);
        }
        return new StorageException(failure);
    }

    /** The SQLState of the first SQLException in the chain, or null. */
    public static String sqlState(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql == null ? null : sql.getSQLState();
    }

    /** Whether {@code failure} is a unique violation of the named constraint or index. */
    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        SQLException sql = sqlCause(failure);
        return sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())
                && String.valueOf(sql.getMessage()).contains(constraint);
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    static boolean isConnectionFailure(SQLException e) {
        for (SQLException s = e; s != null; s = s.getCause() instanceof SQLException c ? c : null) {
            String state = s.getSQLState();
            if (s instanceof SQLTransientConnectionException
                    || state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRetryable(SQLException e) {
        return SERIALIZATION_FAILURE.equals(e.getSQLState()) || DEADLOCK.equals(e.getSQLState());
    }
}
