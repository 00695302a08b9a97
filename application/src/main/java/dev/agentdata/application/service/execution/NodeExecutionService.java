package dev.agentdata.application.service.execution;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.AddNodeExecutionUseCase;
import dev.agentdata.application.port.in.execution.NodeTransitionCommand;
import dev.agentdata.application.port.in.execution.TransitionNodeExecutionUseCase;
import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.service.Timestamps;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.execution.TransitionOutcome;
import dev.agentdata.domain.user.UserContext;

/**
 * Node executions: recorded for a node of the run's graph version, frozen once the graph execution has ended. A
 * status change is one repository call, atomic on its own; only a completion that costs credits opens a unit of
 * work, so that the change and the charge commit together or not at all.
 */
public final class NodeExecutionService implements AddNodeExecutionUseCase, TransitionNodeExecutionUseCase {
    private final ExecutionRepository executions;
    private final Transactions transactions;
    private final NodeCostCharger charger;
    private final IdGenerator ids;
    private final Clock clock;
    private final ExecutionEvents events;

    public NodeExecutionService(ExecutionRepository executions, Transactions transactions,
                                NodeCostCharger charger, IdGenerator ids, Clock clock) {
        this(executions, transactions, charger, ids, clock, ExecutionEvents.NONE);
    }

    public NodeExecutionService(ExecutionRepository executions, Transactions transactions,
                                NodeCostCharger charger, IdGenerator ids, Clock clock, ExecutionEvents events) {
        this.executions = Objects.requireNonNull(executions, "executions");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.charger = Objects.requireNonNull(charger, "charger");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * One statement on the success path: the repository adds the node execution only for a node of the run's graph
     * version while the run has not ended, and otherwise says why (404, then 422 for an unknown node, then 409).
     */
    @Override
    public NodeExecution add(UserContext actor, UUID executionId, String nodeId, Map<String, Object> inputs) {
        if (nodeId == null) {
            GraphExecution execution = OwnedExecutionLookup.require(executions, actor, executionId);
            throw new TransitionOutcome.UnknownNode<NodeExecution>(null, execution.graphVersion()).violation();
        }
        NodeExecution node = NodeExecution.queued(ids.newId(), executionId, nodeId, inputs, Timestamps.of(clock));
        return executions.addNode(actor.userId(), new NodeCreation(node)).orElseThrow().value();
    }

    @Override
    public NodeExecution transition(UserContext actor, NodeTransitionCommand command) {
        ExecutionStatus to = Objects.requireNonNull(command.status(), "status");
        NodeTransition plan = new NodeTransition(to, Timestamps.of(clock), command.outputs(), command.errorMessage(),
                command.executionCost());
        NodeExecution result = plan.charge() > 0
                ? transactions.inTransaction(() -> charged(move(actor, command, plan), actor))
                : move(actor, command, plan);
        events.nodesTransitioned(result.status(), 1);
        return result;
    }

    private NodeExecution move(UserContext actor, NodeTransitionCommand command, NodeTransition plan) {
        return executions.transitionNode(actor.userId(), command.executionId(), command.nodeExecutionId(), plan)
                .orElseThrow().value();
    }

    /** Charges the completion's cost in the unit of work of the change: a refused charge (402) undoes the change. */
    private NodeExecution charged(NodeExecution completed, UserContext actor) {
        charger.chargeCompleted(actor.userId(), completed);
        return completed;
    }
}
