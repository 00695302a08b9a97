package dev.agentdata.adapter.http.execution;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.agentdata.domain.execution.ExecutionEvent;

/** One event on the wire (an SSE {@code data} line or a page item): the execution as it was right after the change. */
public record ExecutionEventResponse(long seq, String type, UUID executionId, Instant createdAt,
                                     @JsonInclude(JsonInclude.Include.NON_NULL) GraphExecutionResponse graphExecution,
                                     @JsonInclude(JsonInclude.Include.NON_NULL) NodeExecutionResponse nodeExecution) {
    /** {@code duration_seconds} as of the change (up to its end, or to the event's time while it ran). */
    public static ExecutionEventResponse from(ExecutionEvent e) {
        return new ExecutionEventResponse(e.seq(), e.type().wireName(), e.executionId(), e.createdAt(),
                e.graph() == null ? null : GraphExecutionResponse.from(e.graph(), e.createdAt()),
                e.node() == null ? null : NodeExecutionResponse.from(e.node(), e.createdAt()));
    }
}
