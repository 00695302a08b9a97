package dev.agentdata.domain.execution;

import java.util.Collection;

/**
 * Run stats of a graph execution: its node executions counted by status, and the credits charged for them. Every
 * change they count updates them in the same atomic step, so they are always exact and reading them counts nothing.
 */
public record ExecutionStats(long queued, long running, long completed, long failed, long cancelled, long timeout,
                             long cost) {
    public static final ExecutionStats NONE = new ExecutionStats(0, 0, 0, 0, 0, 0, 0);

    public ExecutionStats {
        requireNotNegative(queued, "queued");
        requireNotNegative(running, "running");
        requireNotNegative(completed, "completed");
        requireNotNegative(failed, "failed");
        requireNotNegative(cancelled, "cancelled");
        requireNotNegative(timeout, "timeout");
        requireNotNegative(cost, "cost");
    }

    /** The stats recounted from the node executions themselves: the value every change must keep them equal to. */
    public static ExecutionStats recount(Collection<NodeExecution> nodeExecutions) {
        ExecutionStats stats = NONE;
        for (NodeExecution n : nodeExecutions) {
            stats = stats.added(n.status());
            if (n.status() == ExecutionStatus.COMPLETED) {
                stats = stats.charged(n.executionCost());
            }
        }
        return stats;
    }

    /** How many node executions are in {@code status}. */
    public long count(ExecutionStatus status) {
        return switch (status) {
            case QUEUED -> queued;
            case RUNNING -> running;
            case COMPLETED -> completed;
            case FAILED -> failed;
            case CANCELLED -> cancelled;
            case TIMEOUT -> timeout;
        };
    }

    /** Node executions still queued or running. */
    public long active() {
        return queued + running;
    }

    public long total() {
        return queued + running + completed + failed + cancelled + timeout;
    }

    /** One more node execution, in {@code status}. */
    public ExecutionStats added(ExecutionStatus status) {
        return withCount(status, count(status) + 1);
    }

    /** One node execution moved from {@code from} to {@code to}. */
    public ExecutionStats moved(ExecutionStatus from, ExecutionStatus to) {
        return withCount(from, count(from) - 1).added(to);
    }

    /** Every queued and running node execution ended with {@code to} (a cascade). */
    public ExecutionStats activeEndedAs(ExecutionStatus to) {
        long ending = active();
        ExecutionStats ended = withCount(ExecutionStatus.QUEUED, 0).withCount(ExecutionStatus.RUNNING, 0);
        return ended.withCount(to, ended.count(to) + ending);
    }

    /** {@code credits} more charged for a completed node execution. */
    public ExecutionStats charged(long credits) {
        return new ExecutionStats(queued, running, completed, failed, cancelled, timeout, cost + credits);
    }

    private ExecutionStats withCount(ExecutionStatus status, long n) {
        return new ExecutionStats(
                status == ExecutionStatus.QUEUED ? n : queued,
                status == ExecutionStatus.RUNNING ? n : running,
                status == ExecutionStatus.COMPLETED ? n : completed,
                status == ExecutionStatus.FAILED ? n : failed,
                status == ExecutionStatus.CANCELLED ? n : cancelled,
                status == ExecutionStatus.TIMEOUT ? n : timeout,
                cost);
    }

    private static void requireNotNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException("stats " + field + " must be >= 0, was " + value);
        }
    }
}
