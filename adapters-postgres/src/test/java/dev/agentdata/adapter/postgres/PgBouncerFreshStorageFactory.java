package dev.agentdata.adapter.postgres;

import java.util.Map;

import dev.agentdata.application.port.out.storage.FreshStorageFactory;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StorageOpenException;

/**
 * Kind {@value #KIND}: a fresh Postgres storage as {@link PostgresFreshStorageFactory} opens it, its requests through
 * the test PgBouncer in transaction pooling mode ({@code ?pgbouncer=true}) and its migrations through
 * {@code DIRECT_URL}; opening aborts (skips) the calling test when PgBouncer is not installed.
 */
public final class PgBouncerFreshStorageFactory implements FreshStorageFactory {
    public static final String KIND = "pgbouncer";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OpenedStorage openFresh() {
        String schema = TestDatabase.freshSchemaName();
        OpenedStorage opened;
        try {
            opened = new PostgresStorageProvider().open(StorageConfiguration.of(Map.of("db.url",
                    TestPgBouncer.shared().databaseUrl(), "db.direct-url", TestDatabase.databaseUrl(),
                    "db.schema", schema, "db.connection-limit", "20")), StorageContext.system());
        } catch (InvalidSettingException | StorageOpenException e) {
            throw new IllegalStateException("the test storage pgbouncer did not open: " + e.getMessage(), e);
        }
        return OpenedStorage.of(opened.ports(), "postgres test schema " + schema + " through PgBouncer", () -> {
            opened.close();
            TestDatabase.dropSchema(schema);
        });
    }
}
