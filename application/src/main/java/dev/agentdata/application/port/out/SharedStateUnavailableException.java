package dev.agentdata.application.port.out;

/**
 * The state the servers share (e.g. in Redis) cannot be reached right now; callers fall back to what one server
 * knows. The message never carries internals.
 */
public final class SharedStateUnavailableException extends RuntimeException {
    public SharedStateUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
