package dev.agentdata.application.service.execution;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.CancelExecutionUseCase;
import dev.agentdata.application.port.in.execution.TransitionCommand;
import dev.agentdata.application.port.in.execution.TransitionExecutionUseCase;
import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.service.Timestamps;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.TransitionOutcome;
import dev.agentdata.domain.user.UserContext;

/**
 * Moves graph executions through their lifecycle; a failure-like end also ends the active node executions. Each
 * move is one repository call, atomic on its own, so no unit of work is opened around it.
 */
public final class ExecutionTransitionService implements TransitionExecutionUseCase, CancelExecutionUseCase {
    private final ExecutionRepository executions;
    private final Clock clock;
    private final ExecutionEvents events;

    public ExecutionTransitionService(ExecutionRepository executions, Clock clock) {
        this(executions, clock, ExecutionEvents.NONE);
    }

    public ExecutionTransitionService(ExecutionRepository executions, Clock clock, ExecutionEvents events) {
        this.executions = Objects.requireNonNull(executions, "executions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public GraphExecution transition(UserContext actor, TransitionCommand command) {
        ExecutionStatus to = Objects.requireNonNull(command.status(), "status");
        GraphTransition plan = GraphTransition.to(to, Timestamps.of(clock), command.outputs(), command.errorMessage());
        TransitionOutcome.Applied<GraphExecution> done =
                executions.transition(actor.userId(), command.executionId(), plan).orElseThrow();
        events.graphTransitioned(to);
        if (done.cascaded() > 0) {
            events.nodesTransitioned(to, done.cascaded());
        }
        return done.value();
    }

    @Override
    public GraphExecution cancel(UserContext actor, UUID executionId) {
        return transition(actor, new TransitionCommand(executionId, ExecutionStatus.CANCELLED, null, null));
    }
}
