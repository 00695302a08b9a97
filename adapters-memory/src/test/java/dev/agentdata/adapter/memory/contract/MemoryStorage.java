package dev.agentdata.adapter.memory.contract;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.contract.StoragePorts;

/** A fresh in-memory storage for the contract tests. */
public final class MemoryStorage {
    private MemoryStorage() {
    }

    static StoragePorts fresh() {
        return on(new InMemoryDatabase());
    }

    /** The storage ports over {@code db}, for tests that also put another adapter on the same database. */
    public static StoragePorts on(InMemoryDatabase db) {
        return new StoragePorts(new InMemoryUserRepository(db), new InMemoryGraphRepository(db),
                new InMemoryExecutionRepository(db), new InMemoryTransactions(db));
    }
}
