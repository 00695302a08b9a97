package dev.agentdata.application.port.in.execution;

import java.time.Duration;
import java.util.UUID;

/**
 * Wake-ups for open event streams: a subscription is signalled when events of its execution (or of its user) may
 * have been committed, by any server. Only a hint: the stream always reads the events themselves, so a lost or
 * spurious wake-up costs latency, never an event.
 */
public interface AwaitExecutionEventsUseCase {
    /** A subscription to the execution's events, or, with a null {@code executionId}, to all of the user's. */
    Subscription subscribe(UUID executionId, UUID userId);

    /** An open stream's wake-ups; close it when the stream ends. */
    interface Subscription extends AutoCloseable {
        /** Waits until signalled or {@code max} has passed; true when signalled (and clears the signal). */
        boolean await(Duration max) throws InterruptedException;

        @Override
        void close();
    }
}
