package dev.agentdata.adapter.memory.contract;

import java.util.UUID;
import java.util.function.Function;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.application.port.out.Transactions;

/** A fresh memory database with the adapter under test on it, for the per-user contract tests (users need no rows). */
final class MemoryUsers<A> {
    private final InMemoryDatabase db = new InMemoryDatabase();
    private final A adapter;
    private final Transactions transactions = new InMemoryTransactions(db);

    MemoryUsers(Function<InMemoryDatabase, A> adapterOn) {
        this.adapter = adapterOn.apply(db);
    }

    A adapter() {
        return adapter;
    }

    Transactions transactions() {
        return transactions;
    }

    UUID newUser() {
        return UUID.randomUUID();
    }
}
