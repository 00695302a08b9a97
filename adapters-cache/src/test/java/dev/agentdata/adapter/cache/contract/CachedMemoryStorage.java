package dev.agentdata.adapter.cache.contract;

import java.time.Clock;

import dev.agentdata.adapter.cache.CachingGraphRepository;
import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.MemoryStorageProvider;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** A fresh memory storage whose graphs and units of work go through the cache, as bootstrap wires them. */
final class CachedMemoryStorage {
    private CachedMemoryStorage() {
    }

    static StoragePorts create() {
        StoragePorts memory = MemoryStorageProvider.ports(new InMemoryDatabase(), Clock.systemUTC());
        CachingGraphRepository graphs = new CachingGraphRepository(memory.graphs(), 10_000);
        return memory.withGraphs(graphs, graphs.transactions(memory.transactions()));
    }
}
