package dev.agentdata.adapter.memory.contract;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.store.InMemoryStoreRepository;
import dev.agentdata.application.contract.StoreRepositoryContractTest;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The StoreRepository contract against the memory adapter. */
class InMemoryStoreRepositoryTest extends StoreRepositoryContractTest {
    private InMemoryDatabase db;

    @Override
    protected StoragePorts ports() {
        db = new InMemoryDatabase();
        return MemoryStorage.on(db);
    }

    @Override
    protected StoreRepository store() {
        return new InMemoryStoreRepository(db);
    }
}
