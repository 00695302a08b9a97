package dev.agentdata.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.agentdata.domain.execution.ExecutionEvent;

/**
 * The outbox of execution events. Events are appended by the {@link ExecutionRepository} change they record, in
 * the same atomic step (no change without its event, no event without its change); this port only reads them.
 */
public interface ExecutionEventLog {
    /**
     * Up to {@code limit} events of the owner's execution with a {@code seq} above {@code afterSeq}, in seq order;
     * empty when the owner has no such execution.
     */
    Optional<List<ExecutionEvent>> after(UUID ownerId, UUID executionId, long afterSeq, int limit);

    /** Where the user's graph-level stream starts when it resumes nothing: after every event committed so far. */
    UserEventCursor userCursorNow(UUID userId);

    /**
     * The user's graph-level events that the cursor has not passed (possibly some it delivered before: at least once,
     * never a miss, even when writers commit out of id order), and the cursor after them.
     */
    UserEventBatch userEventsAfter(UUID userId, UserEventCursor cursor);

    /**
     * Which executions and users have events committed since {@code cursor} (empty: since now, so nothing yet), with
     * the same never-a-miss cursor as the user stream, over every user: what a server's one waker polls.
     */
    Changes changedAfter(Optional<UserEventCursor> cursor);

    /** The executions and users with new events, and the cursor after them. */
    record Changes(Set<UUID> executionIds, Set<UUID> userIds, UserEventCursor next) {
        public Changes {
            executionIds = Set.copyOf(executionIds);
            userIds = Set.copyOf(userIds);
        }
    }

    /** A batch of the user stream and the cursor that follows it. */
    record UserEventBatch(List<ExecutionEvent> events, UserEventCursor next) {
        public UserEventBatch {
            events = List.copyOf(events);
        }
    }
}
