package dev.agentdata.application.port.in.execution;

import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.user.UserContext;

/** Moves an execution through its lifecycle atomically, cascading failure-like ends to active node executions. */
public interface TransitionExecutionUseCase {
    GraphExecution transition(UserContext actor, TransitionCommand command);
}
