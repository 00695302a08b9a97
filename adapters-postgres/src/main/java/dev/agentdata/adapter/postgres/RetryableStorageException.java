package dev.agentdata.adapter.postgres;

/** A serialization failure or deadlock: the whole unit of work may be run again. */
public final class RetryableStorageException extends StorageException {
    public RetryableStorageException(Throwable cause) {
        super(cause);
    }
}
