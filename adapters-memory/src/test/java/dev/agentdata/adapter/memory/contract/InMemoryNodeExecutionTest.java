package dev.agentdata.adapter.memory.contract;

import dev.agentdata.application.contract.NodeExecutionContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The node-execution half of the ExecutionRepository contract against the memory adapter. */
class InMemoryNodeExecutionTest extends NodeExecutionContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.fresh();
    }
}
