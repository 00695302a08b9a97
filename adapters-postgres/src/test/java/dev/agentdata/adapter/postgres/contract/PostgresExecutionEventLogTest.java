package dev.agentdata.adapter.postgres.contract;

import org.junit.jupiter.api.AfterAll;

import dev.agentdata.application.contract.ExecutionEventLogContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The event-outbox contract against the Postgres adapter. */
class PostgresExecutionEventLogTest extends ExecutionEventLogContractTest {
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
