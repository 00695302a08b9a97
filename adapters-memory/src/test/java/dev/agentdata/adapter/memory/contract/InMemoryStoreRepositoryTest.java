package dev.agentdata.adapter.memory.contract;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.store.InMemoryStoreRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.contract.StoragePorts;
import dev.agentdata.application.contract.StoreRepositoryContractTest;
import dev.agentdata.application.port.out.StoreRepository;

/** The StoreRepository contract against the memory adapter. */
class InMemoryStoreRepositoryTest extends StoreRepositoryContractTest {
    private InMemoryDatabase db;

    @Override
    protected StoragePorts ports() {
        db = new InMemoryDatabase();
        return new StoragePorts(new InMemoryUserRepository(db), new InMemoryGraphRepository(db),
                new InMemoryExecutionRepository(db), new InMemoryTransactions(db));
    }

    @Override
    protected StoreRepository store() {
        return new InMemoryStoreRepository(db);
    }
}
