package dev.agentdata.adapter.memory.contract;

import java.time.Clock;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.MemoryStorageProvider;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** A fresh in-memory storage for the contract tests. */
public final class MemoryStorage {
    private MemoryStorage() {
    }

    public static StoragePorts fresh() {
        return on(new InMemoryDatabase());
    }

    /** The storage ports over {@code db}, for tests that also put another adapter on the same database. */
    public static StoragePorts on(InMemoryDatabase db) {
        return MemoryStorageProvider.ports(db, Clock.systemUTC());
    }
}
