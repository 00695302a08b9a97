package dev.agentdata.application.port.in.ops;

import java.time.Duration;

/** Moves executions that stayed running or queued too long to {@code timeout} through the normal transition. */
public interface TimeoutStuckExecutionsUseCase {
    SweepResult timeoutStuck(Duration runningTimeout, Duration queuedTimeout);
}
