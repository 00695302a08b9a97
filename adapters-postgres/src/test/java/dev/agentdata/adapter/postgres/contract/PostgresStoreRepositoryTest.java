package dev.agentdata.adapter.postgres.contract;

import org.junit.jupiter.api.AfterAll;

import dev.agentdata.application.contract.StoreRepositoryContractTest;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The StoreRepository contract against the Postgres adapter (the store tables empty with the core ones). */
class PostgresStoreRepositoryTest extends StoreRepositoryContractTest {
    private static final PostgresContractStorage STORAGE = new PostgresContractStorage();

    @Override
    protected StoragePorts ports() {
        return STORAGE.emptied();
    }

    @Override
    protected StoreRepository store() {
        return STORAGE.storage().store();
    }

    @AfterAll
    static void dispose() {
        STORAGE.dispose();
    }
}
