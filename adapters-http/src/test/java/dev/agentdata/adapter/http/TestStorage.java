package dev.agentdata.adapter.http;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.apikey.InMemoryApiKeyRepository;
import dev.agentdata.adapter.memory.credit.InMemoryCreditLedger;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.store.InMemoryStoreRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.UserRepository;

/** The storage ports an HTTP test class runs on, and what to release after it: memory, or Postgres on a fresh schema. */
record TestStorage(UserRepository users, GraphRepository graphs, ExecutionRepository executions, StoreRepository store,
                   CreditLedger credits, ApiKeyRepository apiKeys, Transactions transactions, Runnable release)
        implements AutoCloseable {

    static TestStorage memory() {
        InMemoryDatabase db = new InMemoryDatabase();
        InMemoryExecutionRepository executions = new InMemoryExecutionRepository(db);
        return new TestStorage(new InMemoryUserRepository(db), new InMemoryGraphRepository(db, executions),
                executions, new InMemoryStoreRepository(db, executions), new InMemoryCreditLedger(db),
                new InMemoryApiKeyRepository(db), new InMemoryTransactions(db),
                () -> { });
    }

    /** Postgres from TEST_DATABASE_URL (else the embedded one), on a new migrated schema dropped on close. */
    static TestStorage postgres() {
        PostgresStorage pg = TestDatabase.freshStorage();
        return new TestStorage(pg.users(), pg.graphs(), pg.executions(), pg.store(), pg.credits(), pg.apiKeys(),
                pg.transactions(),
                () -> TestDatabase.dispose(pg));
    }

    @Override
    public void close() {
        release.run();
    }
}
