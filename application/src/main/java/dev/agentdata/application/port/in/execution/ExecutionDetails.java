package dev.agentdata.application.port.in.execution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.agentdata.application.port.out.Cursor;

import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/**
 * A graph execution with its first node executions (at most {@link #EMBEDDED}, in creation order) and the cursor of
 * the page after them, when there are more.
 */
public record ExecutionDetails(GraphExecution execution, List<NodeExecution> nodeExecutions,
                               Optional<Cursor> moreNodeExecutions) {
    /** How many node executions a read of one execution embeds: its cost does not grow with the run. */
    public static final int EMBEDDED = 100;

    public ExecutionDetails {
        nodeExecutions = List.copyOf(nodeExecutions);
        Objects.requireNonNull(moreNodeExecutions, "moreNodeExecutions");
    }

    /** All of {@code nodeExecutions}, none after them. */
    public ExecutionDetails(GraphExecution execution, List<NodeExecution> nodeExecutions) {
        this(execution, nodeExecutions, Optional.empty());
    }
}
