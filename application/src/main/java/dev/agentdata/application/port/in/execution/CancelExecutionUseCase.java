package dev.agentdata.application.port.in.execution;

import java.util.UUID;

import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.user.UserContext;

/** Cancels an execution that has not ended. */
public interface CancelExecutionUseCase {
    GraphExecution cancel(UserContext actor, UUID executionId);
}
