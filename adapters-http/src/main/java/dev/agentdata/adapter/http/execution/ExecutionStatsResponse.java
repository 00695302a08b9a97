package dev.agentdata.adapter.http.execution;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.agentdata.domain.execution.ExecutionStats;
import dev.agentdata.domain.execution.ExecutionStatus;

/** A graph execution's run stats on the wire: its node executions counted by status, and the credits charged. */
public record ExecutionStatsResponse(Map<String, Long> nodeExecutions, long cost) {
    public static ExecutionStatsResponse from(ExecutionStats stats) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ExecutionStatus s : ExecutionStatus.values()) {
            counts.put(s.wireName(), stats.count(s));
        }
        return new ExecutionStatsResponse(counts, stats.cost());
    }
}
