package dev.agentdata.application.service.execution;

import java.util.UUID;

import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.user.UserContext;

/** Small rules shared by the execution services. */
final class Executions {
    private Executions() {
    }

    static boolean ownedBy(GraphExecution execution, UserContext actor) {
        return execution.userId().equals(actor.userId());
    }

    static NotFoundException notFound(UUID executionId) {
        return new NotFoundException("execution", executionId);
    }
}
