package dev.agentdata.adapter.memory.contract;

import dev.agentdata.application.contract.NodeExecutionPageContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The node-execution pages of the ExecutionRepository contract against the memory adapter. */
class InMemoryNodeExecutionPageTest extends NodeExecutionPageContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.fresh();
    }
}
