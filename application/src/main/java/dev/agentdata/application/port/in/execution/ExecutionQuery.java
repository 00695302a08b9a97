package dev.agentdata.application.port.in.execution;

import java.util.Optional;
import java.util.UUID;

import dev.agentdata.domain.execution.ExecutionStatus;

/** Filters of the execution list. */
public record ExecutionQuery(Optional<ExecutionStatus> status, Optional<UUID> graphId) {
    public ExecutionQuery {
        status = status == null ? Optional.empty() : status;
        graphId = graphId == null ? Optional.empty() : graphId;
    }
}
