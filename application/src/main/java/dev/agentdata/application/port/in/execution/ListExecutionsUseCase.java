package dev.agentdata.application.port.in.execution;

import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.user.UserContext;

/** Pages through the actor's executions, newest first. */
public interface ListExecutionsUseCase {
    Page<GraphExecution> list(UserContext actor, ExecutionQuery query, PageRequest page);
}
