package dev.agentdata.adapter.postgres.contract;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.adapter.postgres.apikey.PostgresApiKeyRepository;
import dev.agentdata.application.contract.ApiKeyRepositoryContractTest;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.domain.user.User;

/** The API key repository contract against Postgres. */
class PostgresApiKeyRepositoryTest extends ApiKeyRepositoryContractTest {
    private static PostgresStorage storage;
    private static ApiKeyRepository keys;

    @BeforeAll
    static void start() {
        storage = TestDatabase.freshStorage();
        keys = new PostgresApiKeyRepository(storage.jdbc());
    }

    @AfterAll
    static void stop() {
        TestDatabase.dispose(storage);
    }

    @Override
    protected ApiKeyRepository keys() {
        return keys;
    }

    @Override
    protected Transactions transactions() {
        return storage.transactions();
    }

    @Override
    protected UUID newUser() {
        UUID id = UUID.randomUUID();
        storage.users().insertIfAbsent(User.fromClaims(id, id + "@example.com", "Keys", T0));
        return id;
    }
}
