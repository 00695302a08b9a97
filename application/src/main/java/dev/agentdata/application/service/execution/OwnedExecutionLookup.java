package dev.agentdata.application.service.execution;

import java.util.UUID;

import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.user.UserContext;

/** Finds one of the actor's executions for the execution services, or reports it not found (another user's too). */
final class OwnedExecutionLookup {
    private OwnedExecutionLookup() {
    }

    static GraphExecution require(ExecutionRepository executions, UserContext actor, UUID executionId) {
        return executions.find(actor.userId(), executionId)
                .orElseThrow(() -> new NotFoundException("execution", executionId));
    }
}
