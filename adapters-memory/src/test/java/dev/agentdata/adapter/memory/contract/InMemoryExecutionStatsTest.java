package dev.agentdata.adapter.memory.contract;

import dev.agentdata.application.contract.ExecutionStatsContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The run-stats part of the ExecutionRepository contract against the memory adapter. */
class InMemoryExecutionStatsTest extends ExecutionStatsContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.fresh();
    }
}
