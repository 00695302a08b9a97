package dev.agentdata.application.service.execution;

import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/**
 * Charges a node execution's cost when it completes, inside the unit of work of the status change: throwing
 * (e.g. insufficient credits) undoes the change. The credits feature supplies the real one.
 */
@FunctionalInterface
public interface NodeCostCharger {
    /** Charges nothing. */
    NodeCostCharger NONE = (execution, completed) -> { };

    void chargeCompleted(GraphExecution execution, NodeExecution completed);
}
