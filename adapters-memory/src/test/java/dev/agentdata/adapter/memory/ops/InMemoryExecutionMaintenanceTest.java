package dev.agentdata.adapter.memory.ops;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.contract.ExecutionMaintenanceContractTest;
import dev.agentdata.application.contract.StoragePorts;
import dev.agentdata.application.port.out.ExecutionMaintenance;

/** The ExecutionMaintenance contract against the memory adapter. */
class InMemoryExecutionMaintenanceTest extends ExecutionMaintenanceContractTest {
    private InMemoryDatabase db;

    @Override
    protected StoragePorts ports() {
        db = new InMemoryDatabase();
        return new StoragePorts(new InMemoryUserRepository(db), new InMemoryGraphRepository(db),
                new InMemoryExecutionRepository(db), new InMemoryTransactions(db));
    }

    @Override
    protected ExecutionMaintenance maintenance() {
        return new InMemoryExecutionMaintenance(db);
    }
}
