package dev.agentdata.adapter.postgres.contract;

import org.junit.jupiter.api.AfterAll;

import dev.agentdata.application.contract.NodeExecutionPageContractTest;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The node-execution pages of the ExecutionRepository contract against the Postgres adapter. */
class PostgresNodeExecutionPageTest extends NodeExecutionPageContractTest {
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
