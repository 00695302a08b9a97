package dev.agentdata.application.port.in.execution;

import java.util.UUID;

import dev.agentdata.domain.user.UserContext;

/** Reads one of the actor's executions with its node executions. */
public interface GetExecutionUseCase {
    ExecutionDetails get(UserContext actor, UUID executionId);
}
