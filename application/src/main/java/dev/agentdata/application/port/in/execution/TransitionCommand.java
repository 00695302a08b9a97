package dev.agentdata.application.port.in.execution;

import java.util.Map;
import java.util.UUID;

import dev.agentdata.domain.execution.ExecutionStatus;

/** Move a graph execution to {@code status}; outputs and error message are optional. */
public record TransitionCommand(UUID executionId, ExecutionStatus status, Map<String, Object> outputs,
                                String errorMessage) {
}
