package dev.agentdata.adapter.postgres;

/**
 * The database answered a connection attempt with a refusal that waiting will not fix (a missing database or role,
 * bad credentials, an unknown host); the message is PostgreSQL's (or the driver's) own, on one line.
 */
public final class UnusableDatabaseException extends RuntimeException {
    public UnusableDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
