package dev.agentdata.adapter.memory.contract;

import dev.agentdata.application.contract.ExecutionEventLogContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The event-outbox contract against the memory adapter. */
class InMemoryExecutionEventLogTest extends ExecutionEventLogContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.fresh();
    }
}
