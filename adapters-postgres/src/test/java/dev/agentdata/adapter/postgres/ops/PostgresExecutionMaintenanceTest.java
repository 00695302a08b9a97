package dev.agentdata.adapter.postgres.ops;

import org.junit.jupiter.api.AfterAll;

import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.contract.ExecutionMaintenanceContractTest;
import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.storage.StoragePorts;

/** The ExecutionMaintenance contract against Postgres: one migrated schema for the class, emptied per test. */
class PostgresExecutionMaintenanceTest extends ExecutionMaintenanceContractTest {
    private static final PostgresStorage STORAGE = TestDatabase.freshStorage();

    @Override
    protected StoragePorts ports() {
        ScratchDatabases.truncateAll(STORAGE);
        return STORAGE.ports();
    }

    @Override
    protected ExecutionMaintenance maintenance() {
        return new PostgresExecutionMaintenance(STORAGE.dataSource(), STORAGE.schema());
    }

    @AfterAll
    static void dispose() {
        TestDatabase.dispose(STORAGE);
    }
}
