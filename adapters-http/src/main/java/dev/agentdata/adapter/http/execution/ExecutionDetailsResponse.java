package dev.agentdata.adapter.http.execution;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.agentdata.application.port.in.execution.ExecutionDetails;
import dev.agentdata.application.port.out.Cursor;

/**
 * {@code GET /executions/{id}}: the graph execution's own fields, then its first node executions and the cursor of
 * the {@code /node-executions} page after them ({@code null} when there are no more).
 */
public record ExecutionDetailsResponse(@JsonUnwrapped GraphExecutionResponse execution,
                                       List<NodeExecutionResponse> nodeExecutions,
                                       String nodeExecutionsNextCursor) {
    /** {@code cursors} signs a cursor for the node-execution list. */
    public static ExecutionDetailsResponse from(ExecutionDetails d, Instant now, Function<Cursor, String> cursors) {
        return new ExecutionDetailsResponse(GraphExecutionResponse.from(d.execution(), now),
                d.nodeExecutions().stream().map(n -> NodeExecutionResponse.from(n, now)).toList(),
                d.moreNodeExecutions().map(cursors).orElse(null));
    }
}
