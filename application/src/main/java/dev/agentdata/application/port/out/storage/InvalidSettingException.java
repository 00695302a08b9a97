package dev.agentdata.application.port.out.storage;

/** A setting's value cannot be used; the message is one line for the operator and names the environment variable. */
public final class InvalidSettingException extends RuntimeException {
    public InvalidSettingException(String message) {
        super(message);
    }

    public InvalidSettingException(String message, Throwable cause) {
        super(message, cause);
    }
}
