package dev.agentdata.adapter.postgres.ops;

/** A backup or restore that did not happen, with a message an operator can act on. */
public class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
