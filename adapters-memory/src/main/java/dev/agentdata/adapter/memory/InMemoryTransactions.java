package dev.agentdata.adapter.memory;

import java.util.Objects;
import java.util.function.Supplier;

import dev.agentdata.application.port.out.Transactions;

/** Units of work over an {@link InMemoryDatabase}: run under its lock, undone from its log when they throw. */
public final class InMemoryTransactions implements Transactions {
    private final InMemoryDatabase db;

    public InMemoryTransactions(InMemoryDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.atomically(work);
    }
}
