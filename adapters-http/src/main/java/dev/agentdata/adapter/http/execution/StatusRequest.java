package dev.agentdata.adapter.http.execution;

import java.util.Map;
import java.util.UUID;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.application.port.in.execution.TransitionCommand;

/** Body of {@code POST /executions/{id}/status}. */
public record StatusRequest(String status, Map<String, Object> outputs, String errorMessage) {
    TransitionCommand toCommand(UUID executionId) {
        new BadRequestCollector().required("status", status).oneOf("status", status, StatusWireNames.NAMES).check();
        return new TransitionCommand(executionId, StatusWireNames.parse(status), outputs, errorMessage);
    }
}
