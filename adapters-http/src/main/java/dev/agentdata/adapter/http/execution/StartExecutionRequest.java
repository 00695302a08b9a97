package dev.agentdata.adapter.http.execution;

import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.StartExecutionCommand;

/** Body of {@code POST /graphs/{id}/executions}: an optional version (else the active one) and inputs. */
public record StartExecutionRequest(Integer version, Map<String, Object> inputs) {
    StartExecutionCommand toCommand(UUID graphId) {
        return new StartExecutionCommand(graphId, version == null ? OptionalInt.empty() : OptionalInt.of(version),
                inputs == null ? Map.of() : inputs);
    }
}
