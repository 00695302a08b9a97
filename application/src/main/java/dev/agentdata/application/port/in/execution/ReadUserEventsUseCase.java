package dev.agentdata.application.port.in.execution;

import java.util.Optional;

import dev.agentdata.domain.user.UserContext;
import dev.agentdata.application.port.out.ExecutionEventLog.UserEventBatch;
import dev.agentdata.application.port.out.UserEventCursor;

/**
 * The actor's graph-level events across their executions after a cursor (at least once, never a miss); without a
 * cursor, no events and the cursor of "now" (a stream replays no history).
 */
public interface ReadUserEventsUseCase {
    UserEventBatch next(UserContext actor, Optional<UserEventCursor> cursor);
}
