package dev.agentdata.adapter.postgres.contract;

import dev.agentdata.adapter.postgres.Explain;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.contract.StoragePorts;

/** One migrated schema per contract test class, emptied before each test (TRUNCATE is far cheaper than a migration). */
final class PostgresContractStorage {
    private final PostgresStorage storage = TestDatabase.freshStorage();

    StoragePorts emptied() {
        Explain.sql(storage, "TRUNCATE users, graphs, graph_nodes, graph_links, graph_executions, node_executions CASCADE");
        return new StoragePorts(storage.users(), storage.graphs(), storage.executions(), storage.transactions());
    }

    PostgresStorage storage() {
        return storage;
    }

    void dispose() {
        TestDatabase.dispose(storage);
    }
}
