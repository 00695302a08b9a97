package dev.agentdata.bootstrap;

/**
 * The server or a command cannot run; the message is one line for the operator and {@link #exitCode()} is what the
 * process exits with ({@link Main#CONFIG_ERROR} for configuration, {@link Main#STORAGE_ERROR} for the storage).
 */
public final class StartupException extends RuntimeException {
    private final int exitCode;

    public StartupException(String message) {
        this(message, Main.CONFIG_ERROR, null);
    }

    public StartupException(String message, Throwable cause) {
        this(message, Main.CONFIG_ERROR, cause);
    }

    public StartupException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
