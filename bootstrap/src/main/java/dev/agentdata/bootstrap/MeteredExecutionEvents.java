package dev.agentdata.bootstrap;

import java.util.EnumMap;
import java.util.Map;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;

import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.domain.execution.ExecutionStatus;

/** Counts committed execution transitions as {@code agentdata_execution_transitions_total{kind,status}}. */
final class MeteredExecutionEvents implements ExecutionEvents {
    static final String NAME = "agentdata.execution.transitions";

    private final Map<ExecutionStatus, Counter> graph = new EnumMap<>(ExecutionStatus.class);
    private final Map<ExecutionStatus, Counter> node = new EnumMap<>(ExecutionStatus.class);

    MeteredExecutionEvents(MeterRegistry registry) {
        for (ExecutionStatus status : ExecutionStatus.values()) {
            graph.put(status, counter(registry, "graph", status));
            node.put(status, counter(registry, "node", status));
        }
    }

    private static Counter counter(MeterRegistry registry, String kind, ExecutionStatus status) {
        return registry.getOrCreate(Counter.builder(NAME)
                .description("Execution status transitions, by graph or node execution and the status reached")
                .tags(Metrics.tags("kind", kind, "status", status.wireName())));
    }

    @Override
    public void graphTransitioned(ExecutionStatus to) {
        graph.get(to).increment();
    }

    @Override
    public void nodesTransitioned(ExecutionStatus to, int count) {
        if (count > 0) {
            node.get(to).increment(count);
        }
    }
}
