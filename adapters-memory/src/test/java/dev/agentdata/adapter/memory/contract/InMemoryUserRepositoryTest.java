package dev.agentdata.adapter.memory.contract;

import dev.agentdata.application.contract.UserRepositoryContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The UserRepository contract against the memory adapter. */
class InMemoryUserRepositoryTest extends UserRepositoryContractTest {
    @Override
    protected StoragePorts ports() {
        return MemoryStorage.fresh();
    }
}
