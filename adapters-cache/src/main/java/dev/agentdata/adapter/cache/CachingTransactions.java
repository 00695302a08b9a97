package dev.agentdata.adapter.cache;

import java.util.function.Supplier;

import dev.agentdata.application.port.out.Transactions;

/** Decorator of {@link Transactions} that tells the graph cache where a unit of work begins and ends. */
public final class CachingTransactions implements Transactions {
    private final Transactions delegate;
    private final CachingGraphRepository graphs;

    CachingTransactions(Transactions delegate, CachingGraphRepository graphs) {
        this.delegate = delegate;
        this.graphs = graphs;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        graphs.enterUnit();
        try {
            return delegate.inTransaction(work);
        } finally {
            graphs.exitUnit();
        }
    }
}
