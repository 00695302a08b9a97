package dev.agentdata.adapter.postgres.contract;

import org.junit.jupiter.api.AfterAll;

import dev.agentdata.application.contract.ExecutionStatsContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The run-stats part of the ExecutionRepository contract against the Postgres adapter. */
class PostgresExecutionStatsTest extends ExecutionStatsContractTest {
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
