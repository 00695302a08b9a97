package dev.agentdata.adapter.http.execution;

import java.util.Map;
import java.util.UUID;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.application.port.in.execution.NodeTransitionCommand;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.execution.ExecutionStatus;

/** Body of {@code POST /executions/{id}/node-executions/{node_execution_id}/status}. */
public record NodeStatusRequest(String status, Map<String, Object> outputs, String errorMessage, Long executionCost) {
    NodeTransitionCommand toCommand(UUID executionId, UUID nodeExecutionId) {
        new BadRequestCollector().required("status", status).oneOf("status", status, StatusWireNames.NAMES).check();
        ExecutionStatus to = StatusWireNames.parse(status);
        if (executionCost != null && executionCost < 0) {
            throw ValidationException.of("execution_cost", "must be >= 0");
        }
        if (executionCost != null && to != ExecutionStatus.COMPLETED) {
            throw ValidationException.of("execution_cost", "is only allowed with status completed");
        }
        return new NodeTransitionCommand(executionId, nodeExecutionId, to, outputs, errorMessage, executionCost);
    }
}
