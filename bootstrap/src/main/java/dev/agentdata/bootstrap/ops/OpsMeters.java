package dev.agentdata.bootstrap.ops;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;

import dev.agentdata.application.port.out.PrunedCounts;

/** Counters of the generic operations jobs, exposed at {@code /observe/metrics} (a storage counts its own jobs). */
public interface OpsMeters {
    OpsMeters NONE = new OpsMeters() {
        @Override
        public void timedOut(int executions) {
        }

        @Override
        public void pruned(PrunedCounts counts) {
        }
    };

    void timedOut(int executions);

    void pruned(PrunedCounts counts);

    /** Meters in Helidon's registry: {@code agentdata_executions_timed_out_total} and friends. */
    static OpsMeters helidon(MeterRegistry registry) {
        Counter timedOut = registry.getOrCreate(Counter.builder("agentdata.executions.timed.out")
                .description("Stuck executions moved to timeout by the sweeper"));
        Counter prunedExecutions = registry.getOrCreate(Counter.builder("agentdata.executions.pruned")
                .description("Finished graph executions deleted by prune"));
        Counter prunedNodes = registry.getOrCreate(Counter.builder("agentdata.node.executions.pruned")
                .description("Node executions deleted by prune"));
        return new OpsMeters() {
            @Override
            public void timedOut(int executions) {
                timedOut.increment(executions);
            }

            @Override
            public void pruned(PrunedCounts counts) {
                prunedExecutions.increment(counts.executions());
                prunedNodes.increment(counts.nodeExecutions());
            }
        };
    }
}
