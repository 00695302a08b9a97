package dev.agentdata.bootstrap;

/** The server or a command cannot run with the configuration given; the message is one line for the operator. */
public final class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
