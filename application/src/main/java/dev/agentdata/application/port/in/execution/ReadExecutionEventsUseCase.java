package dev.agentdata.application.port.in.execution;

import java.util.List;
import java.util.UUID;

import dev.agentdata.domain.user.UserContext;
import dev.agentdata.domain.execution.ExecutionEvent;

/** Reads the events of one of the actor's executions after a seq (not found for another user's execution). */
public interface ReadExecutionEventsUseCase {
    List<ExecutionEvent> after(UserContext actor, UUID executionId, long afterSeq, int limit);
}
