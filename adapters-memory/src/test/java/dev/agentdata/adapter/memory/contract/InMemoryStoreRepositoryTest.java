package dev.agentdata.adapter.memory.contract;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.store.InMemoryStoreRepository;
import dev.agentdata.application.contract.StoragePorts;
import dev.agentdata.application.contract.StoreRepositoryContractTest;
import dev.agentdata.application.port.out.StoreRepository;

/** The StoreRepository contract against the memory adapter. */
class InMemoryStoreRepositoryTest extends StoreRepositoryContractTest {
    private InMemoryDatabase db;
    private InMemoryExecutionRepository executions;

    @Override
    protected StoragePorts ports() {
        db = new InMemoryDatabase();
        executions = new InMemoryExecutionRepository(db);
        return MemoryStorage.on(db, executions);
    }

    @Override
    protected StoreRepository store() {
        return new InMemoryStoreRepository(db, executions);
    }
}
