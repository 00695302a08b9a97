package dev.agentdata.bootstrap;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.UserRepository;

/**
 * The storage ports of the chosen storage, its readiness (null for memory, which is always ready) and what to
 * close on shutdown. {@code memory} or {@code postgres} is set so features can build their own adapters on it.
 */
public record Storage(UserRepository users, GraphRepository graphs, ExecutionRepository executions,
                      StoreRepository store, CreditLedger credits, ApiKeyRepository apiKeys,
                      Transactions transactions, BooleanSupplier readiness, Optional<InMemoryDatabase> memory,
                      Optional<PostgresStorage> postgres, AutoCloseable closer) implements AutoCloseable {
    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            System.getLogger(Storage.class.getName()).log(System.Logger.Level.WARNING, "closing the storage failed", e);
        }
    }
}
