package dev.agentdata.adapter.memory.contract;

import dev.agentdata.application.contract.ExecutionRaceContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The race part of the ExecutionRepository contract against the memory adapter. */
class InMemoryExecutionRaceTest extends ExecutionRaceContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.fresh();
    }
}
