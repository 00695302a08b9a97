package dev.agentdata.adapter.memory.contract;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.apikey.InMemoryApiKeyRepository;
import dev.agentdata.application.contract.ApiKeyRepositoryContractTest;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.Transactions;

/** The API key repository contract against the memory adapter. */
class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContractTest {
    private ApiKeyRepository keys;
    private Transactions transactions;

    @BeforeEach
    void fresh() {
        InMemoryDatabase db = new InMemoryDatabase();
        keys = new InMemoryApiKeyRepository(db);
        transactions = new InMemoryTransactions(db);
    }

    @Override
    protected ApiKeyRepository keys() {
        return keys;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected UUID newUser() {
        return UUID.randomUUID();
    }
}
