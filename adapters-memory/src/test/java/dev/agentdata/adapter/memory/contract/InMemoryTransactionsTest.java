package dev.agentdata.adapter.memory.contract;

import dev.agentdata.application.contract.TransactionsContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The Transactions contract against the memory adapter. */
class InMemoryTransactionsTest extends TransactionsContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.fresh();
    }
}
