package dev.agentdata.adapter.memory.contract;

import dev.agentdata.application.contract.StoreRepositoryContractTest;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The StoreRepository contract against the memory adapter. */
class InMemoryStoreRepositoryTest extends StoreRepositoryContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.fresh();
    }

    @Override
    protected StoreRepository store() {
        return storage.store();
    }
}
