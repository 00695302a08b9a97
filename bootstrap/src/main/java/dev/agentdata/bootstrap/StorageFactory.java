package dev.agentdata.bootstrap;

import java.util.Optional;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;

/** Opens the storage the settings name: memory, an external Postgres (DATABASE_URL) or the embedded one. */
public final class StorageFactory {
    private StorageFactory() {
    }

    public static Storage open(StorageSettings settings) {
        return switch (settings.kind()) {
            case MEMORY -> memory();
            case POSTGRES -> throw new StartupException("the Postgres storage is not built into this jar yet: "
                    + "set STORAGE=memory", Main.STORAGE_ERROR, null);
        };
    }

    static Storage memory() {
        InMemoryDatabase db = new InMemoryDatabase();
        return new Storage(new InMemoryUserRepository(db), new InMemoryGraphRepository(db),
                new InMemoryExecutionRepository(db), new InMemoryTransactions(db), null, Optional.of(db), () -> { });
    }
}
