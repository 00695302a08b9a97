package dev.agentdata.application.port.in.execution;

import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.user.UserContext;

/** Runs the start checks on the graph version and records a queued execution owned by the actor. */
public interface StartExecutionUseCase {
    GraphExecution start(UserContext actor, StartExecutionCommand command);
}
