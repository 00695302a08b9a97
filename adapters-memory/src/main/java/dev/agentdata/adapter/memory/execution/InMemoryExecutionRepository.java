package dev.agentdata.adapter.memory.execution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.Keyset;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.NodeCreation;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.execution.NodeTransition;
import dev.agentdata.domain.execution.TransitionOutcome;

/**
 * Graph and node executions in memory, in maps this repository owns. Each change runs under the database lock:
 * the domain's plan decides on the current values and, when it applies, the new values (cascade and stats included)
 * are stored through the database's undo log, so concurrent changes cannot both win and a failed unit undoes them.
 * Other memory adapters read or delete executions only through the narrow methods at the end.
 */
public final class InMemoryExecutionRepository implements ExecutionRepository {
    private final InMemoryDatabase db;
    private final InMemoryExecutionEventLog events;
    private final Map<UUID, GraphExecution> executions = new HashMap<>();
    private final Map<UUID, NodeExecutionsOfRun> nodes = new HashMap<>();
    private final Map<UUID, NavigableSet<ListKey>> byUser = new HashMap<>();
    private Predicate<GraphExecution> parentsExist;
    private BiPredicate<GraphExecution, String> nodeInVersion;
    private Predicate<GraphExecution> versionActive;

    /** {@code events} is the outbox each change writes its events to, in the change's own atomic step. */
    public InMemoryExecutionRepository(InMemoryDatabase db, InMemoryExecutionEventLog events) {
        this.db = db;
        this.events = events;
    }

    /**
     * Wires the check {@link #create} makes under the lock (its graph version and owner still exist); the graph
     * repository reads executions, so it comes after this one and is handed over here.
     */
    public void parentsMustExist(Predicate<GraphExecution> check) {
        this.parentsExist = check;
    }

    /**
     * Wires the check {@link #addNode} makes under the lock: whether a node id is a node of the execution's graph
     * version (read from the graph repository, handed over like {@link #parentsMustExist}).
     */
    public void nodesFrom(BiPredicate<GraphExecution, String> nodeInVersion) {
        this.nodeInVersion = nodeInVersion;
    }

    /** Wires the check {@link #createWhileActive} adds under the lock: the execution's graph version is active. */
    public void activeVersionFrom(Predicate<GraphExecution> versionActive) {
        this.versionActive = versionActive;
    }

    @Override
    public boolean create(GraphExecution execution) {
        return create(execution, false);
    }

    @Override
    public boolean createWhileActive(GraphExecution execution) {
        return create(execution, true);
    }

    private boolean create(GraphExecution execution, boolean whileActive) {
        return db.atomically(() -> {
            if (!parentsExist.test(execution) || whileActive && !versionActive.test(execution)) {
                return false;
            }
            if (executions.containsKey(execution.id())) {
                throw new IllegalStateException("execution " + execution.id() + " exists");
            }
            db.put(executions, execution.id(), execution);
            db.put(nodes, execution.id(), new NodeExecutionsOfRun());
            NavigableSet<ListKey> keys = byUser.get(execution.userId());
            if (keys == null) {
                keys = new TreeSet<>();
                db.put(byUser, execution.userId(), keys);
            }
            ListKey key = ListKey.of(execution);
            NavigableSet<ListKey> userKeys = keys;
            userKeys.add(key);
            db.onRollback(() -> userKeys.remove(key));
            events.graphChanged(execution);
            return true;
        });
    }

    @Override
    public Optional<GraphExecution> find(UUID ownerId, UUID executionId) {
        return db.atomically(() -> Optional.ofNullable(owned(ownerId, executionId)));
    }

    @Override
    public TransitionOutcome<GraphExecution> transition(UUID ownerId, UUID executionId, GraphTransition plan) {
        return db.atomically(() -> carryOut(owned(ownerId, executionId), executionId, plan));
    }

    @Override
    public Optional<GraphExecution> findForOperator(UUID executionId) {
        return db.atomically(() -> Optional.ofNullable(executions.get(executionId)));
    }

    @Override
    public TransitionOutcome<GraphExecution> transitionForOperator(UUID executionId, GraphTransition plan) {
        return db.atomically(() -> carryOut(executions.get(executionId), executionId, plan));
    }

    private TransitionOutcome<GraphExecution> carryOut(GraphExecution current, UUID executionId,
                                                       GraphTransition plan) {
        if (current == null) {
            return TransitionOutcome.executionNotFound(executionId);
        }
        TransitionOutcome<GraphExecution> outcome = plan.decide(current);
        if (outcome instanceof TransitionOutcome.Applied<GraphExecution> applied) {
            db.put(executions, executionId, applied.value());
            List<NodeExecution> cascaded = plan.cascades()
                    ? nodes.get(executionId).endActive(db, plan.nodeCascade()) : List.of();
            int ended = cascaded.size();
            if (ended != applied.cascaded()) {
                throw new IllegalStateException("stats of execution " + executionId + " count "
                        + applied.cascaded() + " active node executions, but " + ended + " were active");
            }
            cascaded.forEach(n -> events.nodeChanged(current.userId(), n));
            events.graphChanged(applied.value());
        }
        return outcome;
    }

    /** Walks the user's index from the cursor on, so a deep page costs what the first does. */
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
                if (matches(e, filter)) {
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
                .filter(k -> matches(executions.get(k.id()), filter))
                .count());
    }

    private static boolean matches(GraphExecution e, ExecutionFilter filter) {
        return filter.status().map(s -> s == e.status()).orElse(true)
                && filter.graphId().map(g -> g.equals(e.graphId())).orElse(true);
    }

    @Override
    public TransitionOutcome<NodeExecution> addNode(UUID ownerId, NodeCreation creation) {
        UUID executionId = creation.node().graphExecutionId();
        return db.atomically(() -> {
            GraphExecution graph = owned(ownerId, executionId);
            if (graph == null) {
                return TransitionOutcome.<NodeExecution>executionNotFound(executionId);
            }
            TransitionOutcome<NodeExecution> outcome = creation.decide(graph,
                    nodeInVersion.test(graph, creation.node().nodeId()));
            if (outcome instanceof TransitionOutcome.Applied<NodeExecution>) {
                nodes.get(executionId).append(db, creation.node());
                db.put(executions, executionId, creation.graphAfter(graph));
                events.nodeChanged(ownerId, creation.node());
            }
            return outcome;
        });
    }

    @Override
    public Optional<NodeExecution> findNode(UUID ownerId, UUID executionId, UUID nodeExecutionId) {
        return db.atomically(() -> owned(ownerId, executionId) == null ? Optional.<NodeExecution>empty()
                : nodes.get(executionId).find(nodeExecutionId));
    }

    @Override
    public TransitionOutcome<NodeExecution> transitionNode(UUID ownerId, UUID executionId, UUID nodeExecutionId,
                                                           NodeTransition plan) {
        return db.atomically(() -> {
            GraphExecution graph = owned(ownerId, executionId);
            if (graph == null) {
                return TransitionOutcome.<NodeExecution>executionNotFound(executionId);
            }
            NodeExecutionsOfRun ofRun = nodes.get(executionId);
            Optional<NodeExecution> current = ofRun.find(nodeExecutionId);
            if (current.isEmpty()) {
                return TransitionOutcome.<NodeExecution>nodeExecutionNotFound(nodeExecutionId);
            }
            TransitionOutcome<NodeExecution> outcome = plan.decide(graph, current.get());
            if (outcome instanceof TransitionOutcome.Applied<NodeExecution> applied) {
                ofRun.replace(db, applied.value());
                db.put(executions, executionId, plan.graphAfter(graph, current.get()));
                events.nodeChanged(ownerId, applied.value());
            }
            return outcome;
        });
    }

    @Override
    public Optional<Page<NodeExecution>> listNodes(UUID ownerId, UUID executionId, Optional<ExecutionStatus> status,
                                                   PageRequest page) {
        return db.atomically(() -> {
            GraphExecution graph = owned(ownerId, executionId);
            if (graph == null) {
                return Optional.<Page<NodeExecution>>empty();
            }
            Page<NodeExecution> found = nodes.get(executionId).page(status, page);
            return Optional.of(page.includeTotal()
                    ? found.withTotal(status.map(graph.stats()::count).orElse(graph.stats().total()))
                    : found);
        });
    }

    private GraphExecution owned(UUID ownerId, UUID executionId) {
        GraphExecution e = executions.get(executionId);
        return e != null && e.userId().equals(ownerId) ? e : null;
    }

    /** For the other memory adapters: the executions that match, e.g. a graph's for its summary or the stuck ones. */
    public List<GraphExecution> matching(Predicate<GraphExecution> filter) {
        return db.atomically(() -> executions.values().stream().filter(filter).toList());
    }

    /** For the other memory adapters: deletes the execution with its node executions; returns how many those were. */
    public int delete(UUID executionId) {
        return db.atomically(() -> {
            GraphExecution e = db.remove(executions, executionId);
            if (e == null) {
                return 0;
            }
            NavigableSet<ListKey> keys = byUser.get(e.userId());
            ListKey key = ListKey.of(e);
            keys.remove(key);
            db.onRollback(() -> keys.add(key));
            events.deleted(executionId);
            return db.remove(nodes, executionId).size();
        });
    }
}
