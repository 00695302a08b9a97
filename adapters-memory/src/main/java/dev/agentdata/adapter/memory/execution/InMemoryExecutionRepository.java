package dev.agentdata.adapter.memory.execution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.Keyset;
import dev.agentdata.adapter.memory.MemoryTables;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/**
 * Graph and node executions in memory. Every status change checks the current status against
 * {@link ExecutionStatus#allowedSources()} under the database lock, so concurrent changes cannot both win.
 */
public final class InMemoryExecutionRepository implements ExecutionRepository {
    private final InMemoryDatabase db;
    private final Map<UUID, GraphExecution> executions;
    private final Map<UUID, Map<UUID, NodeExecution>> nodes;
    private final Map<UUID, NavigableSet<ListKey>> byUser;

    public InMemoryExecutionRepository(InMemoryDatabase db) {
        this.db = db;
        this.executions = db.table(MemoryTables.EXECUTIONS);
        this.nodes = db.table(MemoryTables.NODE_EXECUTIONS);
        this.byUser = db.table(MemoryTables.EXECUTIONS_BY_USER);
    }

    @Override
    public void insert(GraphExecution execution) {
        db.atomically(() -> {
            if (executions.containsKey(execution.id())) {
                throw new IllegalStateException("execution " + execution.id() + " exists");
            }
            db.put(executions, execution.id(), execution);
            NavigableSet<ListKey> keys = byUser.get(execution.userId());
            if (keys == null) {
                keys = new TreeSet<>();
                db.put(byUser, execution.userId(), keys);
            }
            ListKey key = ListKey.of(execution);
            NavigableSet<ListKey> userKeys = keys;
            userKeys.add(key);
            db.onRollback(() -> userKeys.remove(key));
        });
    }

    @Override
    public Optional<GraphExecution> findById(UUID id) {
        return db.atomically(() -> Optional.ofNullable(executions.get(id)));
    }

    /** Units of work already run under the one database lock, so reading is all a lock needs here. */
    @Override
    public Optional<GraphExecution> lock(UUID id, boolean exclusive) {
        return findById(id);
    }

    @Override
    public Optional<GraphExecution> transition(UUID id, ExecutionStatus to, Instant now, Map<String, Object> outputs,
                                               String errorMessage) {
        return db.atomically(() -> {
            GraphExecution current = executions.get(id);
            if (current == null || !to.allowedSources().contains(current.status())) {
                return Optional.<GraphExecution>empty();
            }
            GraphExecution next = current.transitionTo(to, now, outputs, errorMessage);
            db.put(executions, id, next);
            return Optional.of(next);
        });
    }

    /**
     * Walks the user's index from the cursor on, so a deep page costs what the first does. Index entries of
     * executions deleted with their graph are skipped.
     */
    @Override
    public Page<GraphExecution> list(ExecutionFilter filter, PageRequest page) {
        return db.atomically(() -> {
            NavigableSet<ListKey> keys = byUser.getOrDefault(filter.userId(), Collections.emptyNavigableSet());
            Iterable<ListKey> from = page.after()
                    .map(c -> (Iterable<ListKey>) keys.tailSet(new ListKey(Long.parseLong(c.get(0)), c.get(1), null), false))
                    .orElse(keys);
            List<GraphExecution> items = new ArrayList<>();
            for (ListKey key : from) {
                GraphExecution e = executions.get(key.id());
                if (e != null && matches(e, filter)) {
                    items.add(e);
                    if (items.size() > page.limit()) {
                        break;
                    }
                }
            }
            if (items.size() <= page.limit()) {
                return new Page<>(items, Optional.empty(), OptionalLong.empty());
            }
            GraphExecution last = items.get(page.limit() - 1);
            Cursor next = Cursor.of(Long.toString(Keyset.micros(last.createdAt())), last.id().toString());
            return new Page<>(items.subList(0, page.limit()), Optional.of(next), OptionalLong.empty());
        });
    }

    @Override
    public long count(ExecutionFilter filter) {
        return db.atomically(() -> byUser.getOrDefault(filter.userId(), Collections.emptyNavigableSet()).stream()
                .map(k -> executions.get(k.id()))
                .filter(e -> e != null && matches(e, filter))
                .count());
    }

    private static boolean matches(GraphExecution e, ExecutionFilter filter) {
        return filter.status().map(s -> s == e.status()).orElse(true)
                && filter.graphId().map(g -> g.equals(e.graphId())).orElse(true);
    }

    @Override
    public void insertNode(NodeExecution nodeExecution) {
        db.atomically(() -> {
            UUID runId = nodeExecution.graphExecutionId();
            if (!executions.containsKey(runId)) {
                throw new IllegalStateException("execution " + runId + " does not exist");
            }
            Map<UUID, NodeExecution> ofRun = nodes.get(runId);
            if (ofRun == null) {
                ofRun = new LinkedHashMap<>();
                db.put(nodes, runId, ofRun);
            }
            db.put(ofRun, nodeExecution.id(), nodeExecution);
        });
    }

    @Override
    public Optional<NodeExecution> findNode(UUID graphExecutionId, UUID nodeExecutionId) {
        return db.atomically(() -> Optional.ofNullable(nodes.getOrDefault(graphExecutionId, Map.of()).get(nodeExecutionId)));
    }

    @Override
    public List<NodeExecution> listNodes(UUID graphExecutionId) {
        return db.atomically(() -> List.copyOf(nodes.getOrDefault(graphExecutionId, Map.of()).values()));
    }

    @Override
    public boolean hasActiveNodes(UUID graphExecutionId) {
        return db.atomically(() -> nodes.getOrDefault(graphExecutionId, Map.of()).values().stream()
                .anyMatch(n -> n.status().isActive()));
    }

    @Override
    public Optional<NodeExecution> transitionNode(UUID graphExecutionId, UUID nodeExecutionId, ExecutionStatus to,
                                                  Instant now, Map<String, Object> outputs, String errorMessage,
                                                  Long executionCost) {
        return db.atomically(() -> {
            Map<UUID, NodeExecution> ofRun = nodes.get(graphExecutionId);
            NodeExecution current = ofRun == null ? null : ofRun.get(nodeExecutionId);
            if (current == null || !to.allowedSources().contains(current.status())) {
                return Optional.<NodeExecution>empty();
            }
            NodeExecution next = current.transitionTo(to, now, outputs, errorMessage, executionCost);
            db.put(ofRun, nodeExecutionId, next);
            return Optional.of(next);
        });
    }

    @Override
    public int cascadeActiveNodes(UUID graphExecutionId, ExecutionStatus to, Instant now) {
        return db.atomically(() -> {
            Map<UUID, NodeExecution> ofRun = nodes.get(graphExecutionId);
            if (ofRun == null) {
                return 0;
            }
            List<NodeExecution> active = ofRun.values().stream()
                    .filter(n -> to.allowedSources().contains(n.status())).toList();
            for (NodeExecution n : active) {
                db.put(ofRun, n.id(), n.transitionTo(to, now, null, null, null));
            }
            return active.size();
        });
    }
}
