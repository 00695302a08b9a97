package dev.agentdata.adapter.http.execution;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.agentdata.application.port.in.execution.ExecutionDetails;

/** {@code GET /executions/{id}}: the graph execution's own fields, then its node executions. */
public record ExecutionDetailsResponse(@JsonUnwrapped GraphExecutionResponse execution,
                                       List<NodeExecutionResponse> nodeExecutions) {
    public static ExecutionDetailsResponse from(ExecutionDetails d, Instant now) {
        return new ExecutionDetailsResponse(GraphExecutionResponse.from(d.execution(), now),
                d.nodeExecutions().stream().map(n -> NodeExecutionResponse.from(n, now)).toList());
    }
}
