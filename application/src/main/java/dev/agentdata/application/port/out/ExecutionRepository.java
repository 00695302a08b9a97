package dev.agentdata.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/**
 * Graph and node executions. Status changes are compare-and-set on the current status, guarded by
 * {@link ExecutionStatus#allowedSources()}: of two concurrent changes from the same status exactly one wins.
 */
public interface ExecutionRepository {
    void insert(GraphExecution execution);

    Optional<GraphExecution> findById(UUID id);

    /**
     * Reads the execution and locks it until the unit of work ends, so that node executions cannot be
     * added or changed concurrently ({@code exclusive}) or so that it cannot end concurrently (shared).
     */
    Optional<GraphExecution> lock(UUID id, boolean exclusive);

    /**
     * Atomically moves the execution to {@code to} if its current status is one of {@code to.allowedSources()};
     * running stamps {@code started_at}, a terminal status {@code ended_at}; non-null outputs and error
     * message replace the stored ones. Empty when the execution does not exist or its status did not allow it.
     */
    Optional<GraphExecution> transition(UUID id, ExecutionStatus to, Instant now, Map<String, Object> outputs,
                                        String errorMessage);

    Page<GraphExecution> list(ExecutionFilter filter, PageRequest page);

    long count(ExecutionFilter filter);

    void insertNode(NodeExecution nodeExecution);

    Optional<NodeExecution> findNode(UUID graphExecutionId, UUID nodeExecutionId);

    /** In creation order. */
    List<NodeExecution> listNodes(UUID graphExecutionId);

    /** Whether any node execution of the graph execution is queued or running. */
    boolean hasActiveNodes(UUID graphExecutionId);

    /** As {@link #transition} for one node execution; a non-null cost replaces the stored one. */
    Optional<NodeExecution> transitionNode(UUID graphExecutionId, UUID nodeExecutionId, ExecutionStatus to,
                                           Instant now, Map<String, Object> outputs, String errorMessage,
                                           Long executionCost);

    /** Ends every queued or running node execution of the graph execution with {@code to}; returns how many. */
    int cascadeActiveNodes(UUID graphExecutionId, ExecutionStatus to, Instant now);
}
