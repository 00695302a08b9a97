package dev.agentdata.application.port.in.execution;

import java.util.Map;
import java.util.UUID;

import dev.agentdata.domain.execution.ExecutionStatus;

/** Move a node execution to {@code status}; {@code executionCost} (>= 0) only with completed. */
public record NodeTransitionCommand(UUID executionId, UUID nodeExecutionId, ExecutionStatus status,
                                    Map<String, Object> outputs, String errorMessage, Long executionCost) {
}
