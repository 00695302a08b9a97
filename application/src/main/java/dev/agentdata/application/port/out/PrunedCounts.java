package dev.agentdata.application.port.out;

/** How many graph executions and node executions a prune deleted. */
public record PrunedCounts(long executions, long nodeExecutions) {
    public static final PrunedCounts NONE = new PrunedCounts(0, 0);

    public PrunedCounts {
        if (executions < 0 || nodeExecutions < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    public PrunedCounts plus(PrunedCounts other) {
        return new PrunedCounts(executions + other.executions, nodeExecutions + other.nodeExecutions);
    }
}
