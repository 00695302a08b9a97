package dev.agentdata.application.port.in.execution;

import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/** Start a run of a graph version (the active one when {@code version} is empty). */
public record StartExecutionCommand(UUID graphId, OptionalInt version, Map<String, Object> inputs) {
    public StartExecutionCommand {
        version = version == null ? OptionalInt.empty() : version;
        inputs = inputs == null ? Map.of() : inputs;
    }
}
