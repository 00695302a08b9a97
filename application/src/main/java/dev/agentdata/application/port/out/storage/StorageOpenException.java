package dev.agentdata.application.port.out.storage;

/**
 * The storage cannot be opened (unreachable, migration failed, embedded server down); one line for the operator.
 * Checked, like {@link InvalidSettingException}: a start-up failure, never a request's.
 */
public final class StorageOpenException extends Exception {
    public StorageOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
