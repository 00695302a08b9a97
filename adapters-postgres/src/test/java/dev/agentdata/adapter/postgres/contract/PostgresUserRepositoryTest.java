package dev.agentdata.adapter.postgres.contract;

import org.junit.jupiter.api.AfterAll;

import dev.agentdata.application.contract.UserRepositoryContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The UserRepository contract against the Postgres adapter. */
class PostgresUserRepositoryTest extends UserRepositoryContractTest {
    private static final PostgresContractStorage STORAGE = new PostgresContractStorage();

    @Override
    protected StoragePorts ports() {
        return STORAGE.emptied();
    }

    @AfterAll
    static void dispose() {
        STORAGE.dispose();
    }
}
