package dev.agentdata.adapter.memory.contract;

import java.util.UUID;

import dev.agentdata.adapter.memory.apikey.InMemoryApiKeyRepository;
import dev.agentdata.application.contract.ApiKeyRepositoryContractTest;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.Transactions;

/** The API key repository contract against the memory adapter. */
class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContractTest {
    private final MemoryUsers<ApiKeyRepository> memory = new MemoryUsers<>(InMemoryApiKeyRepository::new);

    @Override
    protected ApiKeyRepository keys() {
        return memory.adapter();
    }

    @Override
    protected Transactions transactions() {
        return memory.transactions();
    }

    @Override
    protected UUID newUser() {
        return memory.newUser();
    }
}
