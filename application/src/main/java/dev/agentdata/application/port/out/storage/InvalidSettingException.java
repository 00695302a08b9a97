package dev.agentdata.application.port.out.storage;

/**
 * A setting's value cannot be used; the message is one line for the operator and names the environment variable.
 * Checked: it only happens while a storage is configured or opened, and whoever opens one must turn it into a
 * start-up error, never into an answer to a request.
 */
public final class InvalidSettingException extends Exception {
    public InvalidSettingException(String message) {
        super(message);
    }

    public InvalidSettingException(String message, Throwable cause) {
        super(message, cause);
    }
}
