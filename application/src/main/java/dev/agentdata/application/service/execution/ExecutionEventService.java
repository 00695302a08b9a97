package dev.agentdata.application.service.execution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.ReadExecutionEventsUseCase;
import dev.agentdata.application.port.in.execution.ReadUserEventsUseCase;
import dev.agentdata.application.port.out.ExecutionEventLog;
import dev.agentdata.application.port.out.ExecutionEventLog.UserEventBatch;
import dev.agentdata.application.port.out.UserEventCursor;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.execution.ExecutionEvent;
import dev.agentdata.domain.user.UserContext;

/** Reads of the outbox for the actor: one execution's events by seq, and the actor's graph-level stream. */
public final class ExecutionEventService implements ReadExecutionEventsUseCase, ReadUserEventsUseCase {
    private final ExecutionEventLog events;

    public ExecutionEventService(ExecutionEventLog events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public List<ExecutionEvent> after(UserContext actor, UUID executionId, long afterSeq, int limit) {
        return events.after(actor.userId(), executionId, afterSeq, limit)
                .orElseThrow(() -> new NotFoundException("execution", executionId));
    }

    @Override
    public UserEventBatch next(UserContext actor, Optional<UserEventCursor> cursor) {
        return cursor.map(c -> events.userEventsAfter(actor.userId(), c))
                .orElseGet(() -> new UserEventBatch(List.of(), events.userCursorNow(actor.userId())));
    }
}
