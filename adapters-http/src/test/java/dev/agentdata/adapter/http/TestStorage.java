package dev.agentdata.adapter.http;

import dev.agentdata.application.port.out.storage.FreshStorages;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.StoragePorts;

/**
 * The storage ports an HTTP test class runs on, and what to release after it: memory, or Postgres on a fresh schema,
 * both opened through the storage SPI as the server opens them (no adapter class named here).
 */
record TestStorage(StoragePorts ports, OpenedStorage opened) implements AutoCloseable {

    static TestStorage memory() {
        return open("memory");
    }

    /** Postgres from TEST_DATABASE_URL (else the embedded one), on a new migrated schema dropped on close. */
    static TestStorage postgres() {
        return open("postgres");
    }

    /**
     * Postgres as {@link #postgres()}, its requests through the test PgBouncer in transaction pooling mode and its
     * migrations through {@code DIRECT_URL}; skips the test when PgBouncer is not installed.
     */
    static TestStorage pgbouncer() {
        return open("pgbouncer");
    }

    private static TestStorage open(String kind) {
        OpenedStorage opened = FreshStorages.open(kind);
        return new TestStorage(opened.ports(), opened);
    }

    @Override
    public void close() {
        opened.close();
    }
}
