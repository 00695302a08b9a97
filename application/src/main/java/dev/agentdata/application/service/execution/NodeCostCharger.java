package dev.agentdata.application.service.execution;

import java.util.UUID;

import dev.agentdata.domain.execution.NodeExecution;

/**
 * Charges a node execution's cost to the execution's owner when it completes with a cost above zero, inside the unit
 * of work of the status change: throwing (e.g. insufficient credits) undoes the change. The credits feature supplies
 * the real one.
 */
@FunctionalInterface
public interface NodeCostCharger {
    /** Charges nothing. */
    NodeCostCharger NONE = (ownerId, completed) -> { };

    void chargeCompleted(UUID ownerId, NodeExecution completed);
}
