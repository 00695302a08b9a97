package dev.agentdata.adapter.postgres;

/** An unexpected database error; its message names no SQL, the cause keeps the details for the log. */
public class StorageException extends RuntimeException {
    public StorageException(Throwable cause) {
        super("storage error", cause);
    }
}
