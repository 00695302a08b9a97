package dev.agentdata.application.port.in.execution;

import java.util.List;

import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/** A graph execution with its node executions. */
public record ExecutionDetails(GraphExecution execution, List<NodeExecution> nodeExecutions) {
    public ExecutionDetails {
        nodeExecutions = List.copyOf(nodeExecutions);
    }
}
