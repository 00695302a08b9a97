package dev.agentdata.adapter.memory.execution;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.application.port.out.ExecutionEventLog;
import dev.agentdata.application.port.out.UserEventCursor;
import dev.agentdata.domain.execution.ExecutionEvent;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/**
 * The outbox in memory. {@link InMemoryExecutionRepository} appends each change's events in the change's own atomic
 * step (undone with it on rollback). A unit of work holds the database lock until it ends, so units finish in the
 * order they hand out ids: a cursor is simply the next id (ids serve as writers here).
 */
public final class InMemoryExecutionEventLog implements ExecutionEventLog {
    private final InMemoryDatabase db;
    private final Clock clock;
    private final Map<UUID, List<ExecutionEvent>> byExecution = new HashMap<>();
    private final Map<UUID, NavigableMap<Long, ExecutionEvent>> graphEventsByUser = new HashMap<>();
    private final NavigableMap<Long, ExecutionEvent> all = new TreeMap<>();
    private long nextId = 1;

    public InMemoryExecutionEventLog(InMemoryDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records the graph execution as it is after a change (its creation or a status change). */
    void graphChanged(GraphExecution graph) {
        ExecutionEvent e = ExecutionEvent.ofGraph(nextId++, nextSeq(graph.id()), now(), graph);
        append(e);
        NavigableMap<Long, ExecutionEvent> ofUser = graphEventsByUser.computeIfAbsent(graph.userId(),
                u -> new TreeMap<>());
        ofUser.put(e.id(), e);
        db.onRollback(() -> ofUser.remove(e.id()));
    }

    /** Records the node execution of {@code userId}'s execution as it is after a change. */
    void nodeChanged(UUID userId, NodeExecution node) {
        append(ExecutionEvent.ofNode(nextId++, userId, nextSeq(node.graphExecutionId()), now(), node));
    }

    /** Timestamps keep microseconds, as everywhere in the API. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Drops the execution's events (it is being deleted). */
    void deleted(UUID executionId) {
        List<ExecutionEvent> events = db.remove(byExecution, executionId);
        if (events == null || events.isEmpty()) {
            return;
        }
        events.forEach(e -> db.remove(all, e.id()));
        NavigableMap<Long, ExecutionEvent> ofUser = graphEventsByUser.get(events.getFirst().userId());
        events.stream().filter(e -> e.type() == ExecutionEvent.Type.GRAPH_EXECUTION).forEach(e -> {
            ofUser.remove(e.id());
            db.onRollback(() -> ofUser.put(e.id(), e));
        });
    }

    private long nextSeq(UUID executionId) {
        return byExecution.getOrDefault(executionId, List.of()).size() + 1L;
    }

    private void append(ExecutionEvent e) {
        List<ExecutionEvent> events = byExecution.get(e.executionId());
        if (events == null) {
            events = new ArrayList<>();
            db.put(byExecution, e.executionId(), events);
        }
        List<ExecutionEvent> list = events;
        list.add(e);
        db.onRollback(list::removeLast);
        db.put(all, e.id(), e);
    }

    @Override
    public Optional<List<ExecutionEvent>> after(UUID ownerId, UUID executionId, long afterSeq, int limit) {
        return db.atomically(() -> {
            List<ExecutionEvent> events = byExecution.get(executionId);
            if (events == null || !events.getFirst().userId().equals(ownerId)) {
                return Optional.<List<ExecutionEvent>>empty();
            }
            int from = (int) Math.min(Math.max(afterSeq, 0), events.size());
            return Optional.of(List.copyOf(events.subList(from, Math.min(events.size(), from + limit))));
        });
    }

    @Override
    public UserEventCursor userCursorNow(UUID userId) {
        return db.atomically(() -> UserEventCursor.at(nextId));
    }

    @Override
    public UserEventBatch userEventsAfter(UUID userId, UserEventCursor cursor) {
        return db.atomically(() -> {
            NavigableMap<Long, ExecutionEvent> ofUser = graphEventsByUser.getOrDefault(userId, new TreeMap<>());
            List<ExecutionEvent> fresh = new ArrayList<>();
            for (ExecutionEvent e : ofUser.tailMap(cursor.from(), true).values()) {
                if (!cursor.delivered().contains(e.id())) {
                    fresh.add(e);
                }
            }
            return new UserEventBatch(fresh, UserEventCursor.at(nextId));
        });
    }

    @Override
    public Changes changedAfter(Optional<UserEventCursor> cursor) {
        return db.atomically(() -> {
            Set<UUID> executionIds = new HashSet<>();
            Set<UUID> userIds = new HashSet<>();
            cursor.ifPresent(c -> all.tailMap(c.from(), true).values().forEach(e -> {
                executionIds.add(e.executionId());
                userIds.add(e.userId());
            }));
            return new Changes(executionIds, userIds, UserEventCursor.at(nextId));
        });
    }
}
