package dev.agentdata.application.port.in.execution;

import java.util.Optional;
import java.util.UUID;

import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** Pages through one of the actor's executions' node executions in creation order, optionally by status. */
public interface ListNodeExecutionsUseCase {
    Page<NodeExecution> list(UserContext actor, UUID executionId, Optional<ExecutionStatus> status, PageRequest page);
}
