package dev.agentdata.adapter.http.execution;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import dev.agentdata.domain.execution.ExecutionStatus;

/** The wire names of execution statuses, the documented set that a {@code status} value must belong to. */
final class StatusWireNames {
    static final Set<String> NAMES = Arrays.stream(ExecutionStatus.values()).map(ExecutionStatus::wireName)
            .collect(Collectors.toUnmodifiableSet());

    private StatusWireNames() {
    }

    static ExecutionStatus parse(String wire) {
        return ExecutionStatus.fromWireName(wire).orElseThrow();
    }
}
