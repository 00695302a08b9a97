package dev.agentdata.application.port.out.storage;

/** The storage cannot be opened (unreachable, migration failed, embedded server down); one line for the operator. */
public final class StorageOpenException extends RuntimeException {
    public StorageOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
