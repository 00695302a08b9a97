package dev.agentdata.adapter.postgres;

import java.util.Map;

import dev.agentdata.application.port.out.storage.FreshStorageFactory;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StorageOpenException;

/**
 * A fresh Postgres storage for other modules' tests, opened through the provider as the server opens it: the test
 * server ({@code TEST_DATABASE_URL}, else embedded), a new migrated schema, dropped on close.
 */
public final class PostgresFreshStorageFactory implements FreshStorageFactory {
    @Override
    public String kind() {
        return PostgresStorageProvider.KIND;
    }

    @Override
    public OpenedStorage openFresh() {
        String schema = TestDatabase.freshSchemaName();
        OpenedStorage opened;
        try {
            opened = new PostgresStorageProvider().open(StorageConfiguration.of(Map.of("db.url",
                    TestDatabase.databaseUrl(), "db.schema", schema, "db.connection-limit", "20")),
                    StorageContext.system());
        } catch (InvalidSettingException | StorageOpenException e) {
            throw new IllegalStateException("the test storage postgres did not open: " + e.getMessage(), e);
        }
        return OpenedStorage.of(opened.ports(), "postgres test schema " + schema, () -> {
            opened.close();
            TestDatabase.dropSchema(schema);
        });
    }
}
