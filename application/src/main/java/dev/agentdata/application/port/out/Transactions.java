package dev.agentdata.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case's unit of work: all repository calls inside {@code work} commit together or not at all.
 * Nested calls join the outer unit. Adapters may re-run {@code work} after a transient conflict
 * (serialization failure, deadlock), so it must not have effects outside the repositories.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
