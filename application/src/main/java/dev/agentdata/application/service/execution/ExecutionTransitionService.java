package dev.agentdata.application.service.execution;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.CancelExecutionUseCase;
import dev.agentdata.application.port.in.execution.TransitionCommand;
import dev.agentdata.application.port.in.execution.TransitionExecutionUseCase;
import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.service.Now;
import dev.agentdata.domain.execution.ExecutionStateException;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.IllegalTransitionException;
import dev.agentdata.domain.user.UserContext;

/** Moves graph executions through their lifecycle; a failure-like end also ends the active node executions. */
public final class ExecutionTransitionService implements TransitionExecutionUseCase, CancelExecutionUseCase {
    private final ExecutionRepository executions;
    private final Transactions transactions;
    private final Clock clock;
    private final ExecutionEvents events;

    public ExecutionTransitionService(ExecutionRepository executions, Transactions transactions, Clock clock) {
        this(executions, transactions, clock, ExecutionEvents.NONE);
    }

    public ExecutionTransitionService(ExecutionRepository executions, Transactions transactions, Clock clock,
                                      ExecutionEvents events) {
        this.executions = Objects.requireNonNull(executions, "executions");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public GraphExecution transition(UserContext actor, TransitionCommand command) {
        UUID id = command.executionId();
        ExecutionStatus to = Objects.requireNonNull(command.status(), "status");
        int[] cascaded = {0};
        GraphExecution result = transactions.inTransaction(() -> {
            GraphExecution current = executions.lock(id, true).filter(e -> Executions.ownedBy(e, actor))
                    .orElseThrow(() -> Executions.notFound(id));
            if (to == ExecutionStatus.COMPLETED && executions.hasActiveNodes(id)) {
                throw new ExecutionStateException(
                        "execution cannot complete while node executions are queued or running", current.status());
            }
            Instant now = Now.of(clock);
            GraphExecution next = executions.transition(id, to, now, command.outputs(), command.errorMessage())
                    .orElseThrow(() -> new IllegalTransitionException(currentStatus(id, current), to));
            if (to.cascadesToNodes()) {
                cascaded[0] = executions.cascadeActiveNodes(id, to, now);
            }
            return next;
        });
        events.graphTransitioned(result.status());
        if (cascaded[0] > 0) {
            events.nodesTransitioned(to, cascaded[0]);
        }
        return result;
    }

    @Override
    public GraphExecution cancel(UserContext actor, UUID executionId) {
        return transition(actor, new TransitionCommand(executionId, ExecutionStatus.CANCELLED, null, null));
    }

    private ExecutionStatus currentStatus(UUID id, GraphExecution locked) {
        return executions.findById(id).map(GraphExecution::status).orElse(locked.status());
    }
}
