package dev.agentdata.adapter.postgres.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentdata.adapter.postgres.Explain;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.storage.StoragePorts;

/**
 * One migrated schema per contract test class, emptied before each test (TRUNCATE is far cheaper than a migration);
 * at the end the test database's decoy must still be empty: every statement named its schema.
 */
public final class PostgresContractStorage {
    private final PostgresStorage storage = TestDatabase.freshStorage();

    public StoragePorts emptied() {
        Explain.sql(storage, "TRUNCATE {schema}.users, {schema}.graphs, {schema}.graph_nodes, {schema}.graph_links,"
                + " {schema}.graph_executions, {schema}.node_executions CASCADE");
        return storage.ports();
    }

    PostgresStorage storage() {
        return storage;
    }

    public void dispose() {
        TestDatabase.dispose(storage);
        assertThat(TestDatabase.decoyTablesWithRows()).as("tables of the search_path's schema written to").isEmpty();
    }
}
