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
import dev.agentdata.application.service.graph.GraphAccess;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.user.UserContext;

/**
 * Node executions: recorded for a node of the run's graph version, frozen once the graph execution has ended. A
 * status change is one repository call, atomic on its own; only a completion that costs credits opens a unit of
 * work, so that the change and the charge commit together or not at all.
 */
public final class NodeExecutionService implements AddNodeExecutionUseCase, TransitionNodeExecutionUseCase {
    private final ExecutionRepository executions;
    private final GraphAccess access;
    private final Transactions transactions;
    private final NodeCostCharger charger;
    private final IdGenerator ids;
    private final Clock clock;
    private final ExecutionEvents events;

    public NodeExecutionService(ExecutionRepository executions, GraphAccess access, Transactions transactions,
                                NodeCostCharger charger, IdGenerator ids, Clock clock) {
        this(executions, access, transactions, charger, ids, clock, ExecutionEvents.NONE);
    }

    public NodeExecutionService(ExecutionRepository executions, GraphAccess access, Transactions transactions,
                                NodeCostCharger charger, IdGenerator ids, Clock clock, ExecutionEvents events) {
        this.executions = Objects.requireNonNull(executions, "executions");
        this.access = Objects.requireNonNull(access, "access");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.charger = Objects.requireNonNull(charger, "charger");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The node id is checked against the graph version before the execution's state: 422 comes before 409. */
    @Override
    public NodeExecution add(UserContext actor, UUID executionId, String nodeId, Map<String, Object> inputs) {
        GraphExecution execution = OwnedExecutionLookup.require(executions, actor, executionId);
        boolean known = nodeId != null && access.versionOfRun(execution.userId(), execution.graphId(),
                        execution.graphVersion())
                .map(g -> g.content().nodes().stream().anyMatch(n -> n.id().equals(nodeId))).orElse(false);
        if (!known) {
            throw ValidationException.of("node_id", "no node '" + nodeId + "' in graph version "
                    + execution.graphVersion());
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
