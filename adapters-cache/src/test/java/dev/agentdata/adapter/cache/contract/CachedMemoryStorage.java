package dev.agentdata.adapter.cache.contract;

import dev.agentdata.adapter.cache.CachingGraphRepository;
import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.contract.StoragePorts;

/** A fresh memory storage whose graphs and units of work go through the cache, as bootstrap wires them. */
final class CachedMemoryStorage {
    private CachedMemoryStorage() {
    }

    static StoragePorts create() {
        InMemoryDatabase db = new InMemoryDatabase();
        InMemoryExecutionRepository executions = new InMemoryExecutionRepository(db);
        CachingGraphRepository graphs = new CachingGraphRepository(new InMemoryGraphRepository(db, executions), 10_000);
        return new StoragePorts(new InMemoryUserRepository(db), graphs, executions,
                graphs.transactions(new InMemoryTransactions(db)));
    }
}
