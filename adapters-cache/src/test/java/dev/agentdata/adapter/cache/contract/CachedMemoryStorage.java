package dev.agentdata.adapter.cache.contract;

import dev.agentdata.adapter.cache.CachingGraphRepository;
import dev.agentdata.application.port.out.storage.FreshStorages;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** A fresh memory storage (opened through the storage SPI) whose graphs and units of work go through the cache, as bootstrap wires them. */
final class CachedMemoryStorage {
    private CachedMemoryStorage() {
    }

    static StoragePorts create() {
        StoragePorts memory = FreshStorages.open("memory").ports();
        CachingGraphRepository graphs = new CachingGraphRepository(memory.graphs(), 10_000);
        return memory.withGraphs(graphs, graphs.transactions(memory.transactions()));
    }
}
