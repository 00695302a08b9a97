package dev.agentdata.bootstrap;

import java.util.Optional;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.apikey.InMemoryApiKeyRepository;
import dev.agentdata.adapter.memory.credit.InMemoryCreditLedger;
import dev.agentdata.adapter.memory.store.InMemoryStoreRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.adapter.postgres.EmbeddedPostgresServer;
import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.adapter.postgres.PostgresStorage;

/** Opens the storage the settings name: memory, an external Postgres (DATABASE_URL) or the embedded one. */
public final class StorageFactory {
    private StorageFactory() {
    }

    public static Storage open(StorageSettings settings) {
        return switch (settings.kind()) {
            case MEMORY -> memory();
            case POSTGRES -> settings.embedded() ? embedded(settings) : external(settings);
        };
    }

    static Storage memory() {
        InMemoryDatabase db = new InMemoryDatabase();
        InMemoryExecutionRepository executions = new InMemoryExecutionRepository(db);
        return new Storage(new InMemoryUserRepository(db), new InMemoryGraphRepository(db, executions),
                executions, new InMemoryStoreRepository(db, executions),
                new InMemoryCreditLedger(db), new InMemoryApiKeyRepository(db), new InMemoryTransactions(db), null, Optional.of(db),
                Optional.empty(), () -> { });
    }

    private static Storage external(StorageSettings settings) {
        PostgresSettings postgres;
        try {
            postgres = tuned(PostgresSettings.fromUrl(settings.databaseUrl().orElseThrow()), settings);
        } catch (IllegalArgumentException e) {
            throw new StartupException("DATABASE_URL is not usable: " + e.getMessage(), e);
        }
        return postgres(open(postgres, "the database at " + postgres.jdbcUrl()), () -> { });
    }

    private static Storage embedded(StorageSettings settings) {
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(settings.dataDir());
        } catch (RuntimeException e) {
            throw new StartupException("embedded Postgres did not start in " + settings.dataDir() + ": "
                    + e.getMessage(), Main.STORAGE_ERROR, e);
        }
        try {
            PostgresSettings postgres = tuned(server.settings(settings.schema().orElse(PostgresSettings.DEFAULT_SCHEMA)),
                    settings);
            return postgres(open(postgres, "the embedded database"), server::close);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static PostgresStorage open(PostgresSettings settings, String what) {
        try {
            return PostgresStorage.open(settings);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StartupException(what + " cannot be used: " + e.getMessage()
                    + (cause == e ? "" : " (" + cause.getMessage() + ")"), Main.STORAGE_ERROR, e);
        }
    }

    private static Storage postgres(PostgresStorage storage, AutoCloseable afterPool) {
        return new Storage(storage.users(), storage.graphs(), storage.executions(), storage.store(),
                storage.credits(), storage.apiKeys(),
                storage.transactions(),
                storage::isReachable, Optional.empty(), Optional.of(storage), () -> {
                    try {
                        storage.close();
                    } finally {
                        afterPool.close();
                    }
                });
    }

    private static PostgresSettings tuned(PostgresSettings base, StorageSettings settings) {
        PostgresSettings tuned = settings.schema().map(base::withSchema).orElse(base);
        if (settings.connectionLimit().isPresent()) {
            tuned = tuned.withPoolSize(settings.connectionLimit().getAsInt());
        }
        int connect = settings.connectTimeout().map(d -> (int) d.toSeconds()).orElse(tuned.connectTimeoutSeconds());
        int pool = settings.poolTimeout().map(d -> (int) d.toSeconds()).orElse(tuned.poolTimeoutSeconds());
        return tuned.withTimeouts(connect, pool);
    }
}
