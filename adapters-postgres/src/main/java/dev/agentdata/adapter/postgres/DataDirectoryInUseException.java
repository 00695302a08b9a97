package dev.agentdata.adapter.postgres;

import java.nio.file.Path;

/** Another live process (or this one) runs the embedded Postgres of a data directory; only one may at a time. */
public final class DataDirectoryInUseException extends IllegalStateException {
    private final Path dataDir;

    DataDirectoryInUseException(Path dataDir, String byWhom, Throwable cause) {
        super("the embedded database in " + dataDir + " is " + byWhom, cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
