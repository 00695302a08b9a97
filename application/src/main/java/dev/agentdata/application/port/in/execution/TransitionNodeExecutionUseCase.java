package dev.agentdata.application.port.in.execution;

import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** Moves a node execution through its lifecycle; a completed cost is charged in the same unit of work. */
public interface TransitionNodeExecutionUseCase {
    NodeExecution transition(UserContext actor, NodeTransitionCommand command);
}
