package dev.agentdata.application.port.in.execution;

import java.util.Map;
import java.util.UUID;

import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** Records a queued node execution for a node of the execution's graph version. */
public interface AddNodeExecutionUseCase {
    NodeExecution add(UserContext actor, UUID executionId, String nodeId, Map<String, Object> inputs);
}
