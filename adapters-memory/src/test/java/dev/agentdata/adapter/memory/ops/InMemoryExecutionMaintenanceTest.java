package dev.agentdata.adapter.memory.ops;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.contract.MemoryStorage;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.application.contract.ExecutionMaintenanceContractTest;
import dev.agentdata.application.contract.StoragePorts;
import dev.agentdata.application.port.out.ExecutionMaintenance;

/** The ExecutionMaintenance contract against the memory adapter. */
class InMemoryExecutionMaintenanceTest extends ExecutionMaintenanceContractTest {
    private InMemoryDatabase db;
    private InMemoryExecutionRepository executions;

    @Override
    protected StoragePorts ports() {
        db = new InMemoryDatabase();
        executions = new InMemoryExecutionRepository(db);
        return MemoryStorage.on(db, executions);
    }

    @Override
    protected ExecutionMaintenance maintenance() {
        return new InMemoryExecutionMaintenance(db, executions);
    }
}
