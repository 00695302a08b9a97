package dev.agentdata.adapter.memory.contract;

import dev.agentdata.application.contract.GraphRepositoryContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The GraphRepository contract against the memory adapter. */
class InMemoryGraphRepositoryTest extends GraphRepositoryContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.fresh();
    }
}
