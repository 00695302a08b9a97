package dev.agentdata.adapter.memory.ops;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.contract.MemoryStorage;
import dev.agentdata.application.contract.ExecutionMaintenanceContractTest;
import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The ExecutionMaintenance contract against the memory adapter. */
class InMemoryExecutionMaintenanceTest extends ExecutionMaintenanceContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.on(new InMemoryDatabase());
    }

    @Override
    protected ExecutionMaintenance maintenance() {
        return storage.executionMaintenance();
    }
}
