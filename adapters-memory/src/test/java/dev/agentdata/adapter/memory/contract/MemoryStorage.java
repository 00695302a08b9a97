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
        InMemoryDatabase db = new InMemoryDatabase();
        return on(db, new InMemoryExecutionRepository(db));
    }

    /**
     * The storage ports over {@code db} and its {@code executions}, for tests that also put another adapter on the
     * same storage (the memory adapters that read executions take the execution repository).
     */
    public static StoragePorts on(InMemoryDatabase db, InMemoryExecutionRepository executions) {
        return new StoragePorts(new InMemoryUserRepository(db), new InMemoryGraphRepository(db, executions),
                executions, new InMemoryTransactions(db));
    }
}
