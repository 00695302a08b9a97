package dev.agentdata.adapter.http.execution;

import java.util.Map;

import dev.agentdata.adapter.http.common.BadRequestCollector;

/** Body of {@code POST /executions/{id}/node-executions}. */
public record NodeExecutionRequest(String nodeId, Map<String, Object> inputs) {
    NodeExecutionRequest checked() {
        new BadRequestCollector().required("node_id", nodeId).check();
        return this;
    }

    Map<String, Object> inputsOrEmpty() {
        return inputs == null ? Map.of() : inputs;
    }
}
