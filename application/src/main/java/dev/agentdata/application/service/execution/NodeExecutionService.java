package dev.agentdata.application.service.execution;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.AddNodeExecutionUseCase;
import dev.agentdata.application.port.in.execution.NodeTransitionCommand;
import dev.agentdata.application.port.in.execution.TransitionNodeExecutionUseCase;
import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.service.Now;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.execution.ExecutionStateException;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.IllegalTransitionException;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.user.UserContext;

/** Node executions: recorded for a node of the run's graph version, frozen once the graph execution has ended. */
public final class NodeExecutionService implements AddNodeExecutionUseCase, TransitionNodeExecutionUseCase {
    private final ExecutionRepository executions;
    private final GraphRepository graphs;
    private final Transactions transactions;
    private final NodeCostCharger charger;
    private final IdGenerator ids;
    private final Clock clock;
    private final ExecutionEvents events;

    public NodeExecutionService(ExecutionRepository executions, GraphRepository graphs, Transactions transactions,
                                NodeCostCharger charger, IdGenerator ids, Clock clock) {
        this(executions, graphs, transactions, charger, ids, clock, ExecutionEvents.NONE);
    }

    public NodeExecutionService(ExecutionRepository executions, GraphRepository graphs, Transactions transactions,
                                NodeCostCharger charger, IdGenerator ids, Clock clock, ExecutionEvents events) {
        this.executions = Objects.requireNonNull(executions, "executions");
        this.graphs = Objects.requireNonNull(graphs, "graphs");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.charger = Objects.requireNonNull(charger, "charger");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public NodeExecution add(UserContext actor, UUID executionId, String nodeId, Map<String, Object> inputs) {
        return transactions.inTransaction(() -> {
            GraphExecution execution = lockOwned(actor, executionId);
            boolean known = nodeId != null && graphs.findVersion(execution.graphId(), execution.graphVersion())
                    .map(g -> g.content().nodes().stream().anyMatch(n -> n.id().equals(nodeId))).orElse(false);
            if (!known) {
                throw ValidationException.of("node_id", "no node '" + nodeId + "' in graph version "
                        + execution.graphVersion());
            }
            requireNotEnded(execution);
            NodeExecution node = NodeExecution.queued(ids.newId(), executionId, nodeId, inputs, Now.of(clock));
            executions.insertNode(node);
            return node;
        });
    }

    @Override
    public NodeExecution transition(UserContext actor, NodeTransitionCommand command) {
        ExecutionStatus to = Objects.requireNonNull(command.status(), "status");
        List<Violation> violations = costViolations(to, command.executionCost());
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        NodeExecution result = transactions.inTransaction(() -> {
            GraphExecution execution = lockOwned(actor, command.executionId());
            NodeExecution current = executions.findNode(command.executionId(), command.nodeExecutionId())
                    .orElseThrow(() -> new NotFoundException("node execution", command.nodeExecutionId()));
            requireNotEnded(execution);
            NodeExecution next = executions.transitionNode(command.executionId(), command.nodeExecutionId(), to,
                            Now.of(clock), command.outputs(), command.errorMessage(), command.executionCost())
                    .orElseThrow(() -> new IllegalTransitionException(current.status(), to));
            if (next.status() == ExecutionStatus.COMPLETED) {
                charger.chargeCompleted(execution, next);
            }
            return next;
        });
        events.nodesTransitioned(result.status(), 1);
        return result;
    }

    private static List<Violation> costViolations(ExecutionStatus to, Long cost) {
        if (cost == null) {
            return List.of();
        }
        if (to != ExecutionStatus.COMPLETED) {
            return List.of(new Violation("execution_cost", "may only be given with status completed"));
        }
        return cost < 0 ? List.of(new Violation("execution_cost", "must be >= 0")) : List.of();
    }

    private GraphExecution lockOwned(UserContext actor, UUID executionId) {
        return executions.lock(executionId, false).filter(e -> Executions.ownedBy(e, actor))
                .orElseThrow(() -> Executions.notFound(executionId));
    }

    private static void requireNotEnded(GraphExecution execution) {
        if (execution.status().isTerminal()) {
            throw new ExecutionStateException("execution has ended (" + execution.status().wireName()
                    + "); its node executions can no longer change", execution.status());
        }
    }
}
