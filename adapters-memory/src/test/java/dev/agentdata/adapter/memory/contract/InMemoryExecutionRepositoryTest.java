package dev.agentdata.adapter.memory.contract;

import dev.agentdata.application.contract.ExecutionRepositoryContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The ExecutionRepository contract against the memory adapter. */
class InMemoryExecutionRepositoryTest extends ExecutionRepositoryContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.fresh();
    }
}
