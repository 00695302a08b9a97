package dev.agentdata.adapter.http.execution;

/** Body of {@code POST /executions/{id}/cancel}: none, or an empty object; any field is unknown (400). */
public record CancelRequest() {
}
