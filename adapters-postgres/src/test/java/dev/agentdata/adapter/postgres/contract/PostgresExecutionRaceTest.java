package dev.agentdata.adapter.postgres.contract;

import org.junit.jupiter.api.AfterAll;

import dev.agentdata.application.contract.ExecutionRaceContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The race part of the ExecutionRepository contract against the Postgres adapter. */
class PostgresExecutionRaceTest extends ExecutionRaceContractTest {
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
