package dev.agentdata.application.port.out;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.domain.execution.ExecutionStatus;

/** Which graph executions of one user a list shows. */
public record ExecutionFilter(UUID userId, Optional<ExecutionStatus> status, Optional<UUID> graphId) {
    public ExecutionFilter {
        Objects.requireNonNull(userId, "user_id");
        status = status == null ? Optional.empty() : status;
        graphId = graphId == null ? Optional.empty() : graphId;
    }
}
