package dev.agentdata.adapter.cache.contract;

import dev.agentdata.application.contract.GraphRepositoryContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The caching decorator over the memory repository honours the whole GraphRepository contract. */
class CachingGraphRepositoryContractTest extends GraphRepositoryContractTest {
    @Override
    protected StoragePorts ports() {
        return CachedMemoryStorage.create();
    }
}
