package dev.agentdata.adapter.postgres.contract;

import java.util.UUID;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.agentdata.adapter.postgres.apikey.PostgresApiKeyRepository;
import dev.agentdata.application.contract.ApiKeyRepositoryContractTest;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.Transactions;

/** The API key repository contract against Postgres. */
class PostgresApiKeyRepositoryTest extends ApiKeyRepositoryContractTest {
    @RegisterExtension
    static final UserSchema<ApiKeyRepository> SCHEMA = new UserSchema<>("Keys", PostgresApiKeyRepository::new);

    @Override
    protected ApiKeyRepository keys() {
        return SCHEMA.adapter();
    }

    @Override
    protected Transactions transactions() {
        return SCHEMA.transactions();
    }

    @Override
    protected UUID newUser() {
        return SCHEMA.newUser(T0);
    }
}
