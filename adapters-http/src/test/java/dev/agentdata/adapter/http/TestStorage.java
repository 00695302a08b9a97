package dev.agentdata.adapter.http;

import java.util.Map;
import java.util.ServiceLoader;

import dev.agentdata.adapter.postgres.TestDatabase;
import dev.agentdata.adapter.postgres.TestPgBouncer;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.UserRepository;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StorageOpenException;
import dev.agentdata.application.port.out.storage.StorageProvider;

/**
 * The storage ports an HTTP test class runs on, and what to release after it: memory, or Postgres on a fresh schema,
 * both opened through the storage SPI as the server opens them.
 */
record TestStorage(UserRepository users, GraphRepository graphs, ExecutionRepository executions, StoreRepository store,
                   CreditLedger credits, ApiKeyRepository apiKeys, Transactions transactions, Runnable release)
        implements AutoCloseable {

    static TestStorage memory() {
        return open("memory", Map.of(), () -> { });
    }

    /** Postgres from TEST_DATABASE_URL (else the embedded one), on a new migrated schema dropped on close. */
    static TestStorage postgres() {
        String schema = TestDatabase.freshSchemaName();
        return open("postgres", Map.of("db.url", TestDatabase.databaseUrl(), "db.schema", schema,
                "db.connection-limit", "20"), () -> TestDatabase.dropSchema(schema));
    }

    /**
     * Postgres as {@link #postgres()}, its requests through the test PgBouncer in transaction pooling mode and its
     * migrations through {@code DIRECT_URL}; aborts (skips) the test when PgBouncer is not installed.
     */
    static TestStorage pgbouncer() {
        String schema = TestDatabase.freshSchemaName();
        return open("postgres", Map.of("db.url", TestPgBouncer.shared().databaseUrl(),
                "db.direct-url", TestDatabase.databaseUrl(), "db.schema", schema, "db.connection-limit", "20"),
                () -> TestDatabase.dropSchema(schema));
    }

    private static TestStorage open(String kind, Map<String, String> configuration, Runnable afterClose) {
        StorageProvider provider = ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.kind().equals(kind)).findFirst().orElseThrow();
        OpenedStorage opened;
        try {
            opened = provider.open(StorageConfiguration.of(configuration), StorageContext.system());
        } catch (InvalidSettingException | StorageOpenException e) {
            throw new IllegalStateException("the test storage " + kind + " did not open: " + e.getMessage(), e);
        }
        var p = opened.ports();
        return new TestStorage(p.users(), p.graphs(), p.executions(), p.store(), p.credits(), p.apiKeys(),
                p.transactions(), () -> {
                    opened.close();
                    afterClose.run();
                });
    }

    @Override
    public void close() {
        release.run();
    }
}
