package dev.agentdata.application.port.out;

/** The storage cannot be reached right now (the HTTP layer answers 503); the message never carries internals. */
public final class StorageUnavailableException extends RuntimeException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
