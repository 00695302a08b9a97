package dev.agentdata.adapter.memory.graph;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.Keyset;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;

/** Versioned graphs in memory; list statistics are computed from the graphs' executions. */
public final class InMemoryGraphRepository implements GraphRepository {
    private final InMemoryDatabase db;
    private final Map<UUID, GraphRow> graphs = new HashMap<>();
    /** Read and cascade-deleted only through its own methods. */
    private final InMemoryExecutionRepository executions;

    public InMemoryGraphRepository(InMemoryDatabase db, InMemoryExecutionRepository executions) {
        this.db = db;
        this.executions = executions;
    }

    @Override
    public void insertVersion(Graph graph) {
        db.atomically(() -> {
            GraphRow row = graphs.get(graph.id());
            if (row != null && row.versions().containsKey(graph.version())) {
                throw new IllegalStateException("graph " + graph.id() + " already has version " + graph.version());
            }
            db.put(graphs, graph.id(), row == null ? GraphRow.first(graph) : row.withVersion(graph));
        });
    }

    @Override
    public Optional<Graph> findVersion(UUID userId, UUID graphId, int version) {
        return db.atomically(() -> owned(userId, graphId)
                .flatMap(row -> Optional.ofNullable(row.versions().get(version)).map(row::view)));
    }

    /**
     * The version whoever owns it, not a port method: for this adapter's stand-ins of what the execution statements
     * check by graph id and version (the foreign key, the active version, the node ids), since a run may be another
     * user's, of a shared graph.
     */
    public Optional<Graph> versionOfAnyOwner(UUID graphId, int version) {
        return db.atomically(() -> Optional.ofNullable(graphs.get(graphId))
                .flatMap(row -> Optional.ofNullable(row.versions().get(version)).map(row::view)));
    }

    @Override
    public Optional<Graph> findActive(UUID userId, UUID graphId) {
        return db.atomically(() -> owned(userId, graphId).map(GraphRow::active));
    }

    @Override
    public boolean exists(UUID userId, UUID graphId) {
        return db.atomically(() -> owned(userId, graphId).isPresent());
    }

    @Override
    public OptionalInt maxVersion(UUID userId, UUID graphId) {
        return db.atomically(() -> owned(userId, graphId).map(row -> OptionalInt.of(row.versions().lastKey()))
                .orElse(OptionalInt.empty()));
    }

    @Override
    public List<GraphVersionInfo> listVersions(UUID userId, UUID graphId) {
        return db.atomically(() -> owned(userId, graphId).map(row -> row.versions().descendingMap().values().stream()
                        .map(g -> new GraphVersionInfo(g.version(), g.version() == row.activeVersion(), g.createdAt()))
                        .toList())
                .orElse(List.of()));
    }

    @Override
    public boolean setActiveVersion(UUID userId, UUID graphId, int version, Instant now) {
        return db.atomically(() -> {
            Optional<GraphRow> row = owned(userId, graphId).filter(r -> r.versions().containsKey(version));
            row.ifPresent(r -> db.put(graphs, graphId, r.withActive(version, now)));
            return row.isPresent();
        });
    }

    @Override
    public boolean delete(UUID userId, UUID graphId) {
        return db.atomically(() -> {
            if (owned(userId, graphId).isEmpty()) {
                return false;
            }
            db.remove(graphs, graphId);
            executions.matching(e -> e.graphId().equals(graphId)).forEach(e -> executions.delete(e.id()));
            return true;
        });
    }

    /** The graph when {@code userId} owns it; another user's graph is absent, as in a table filtered by owner. */
    private Optional<GraphRow> owned(UUID userId, UUID graphId) {
        return Optional.ofNullable(graphs.get(graphId)).filter(row -> row.owner().equals(userId));
    }

    @Override
    public Page<GraphSummary> listByOwner(UUID userId, PageRequest page) {
        return db.atomically(() -> {
            List<GraphRow> mine = graphs.values().stream().filter(r -> r.owner().equals(userId)).toList();
            Page<GraphRow> rows = Keyset.newestFirst(mine, GraphRow::updatedAt, GraphRow::id, page);
            Map<UUID, Stats> stats = new HashMap<>();
            rows.items().forEach(r -> stats.put(r.id(), new Stats()));
            executions.matching(e -> stats.containsKey(e.graphId())).forEach(e -> stats.get(e.graphId()).add(e));
            return rows.map(r -> summary(r, stats.get(r.id())));
        });
    }

    @Override
    public long countByOwner(UUID userId) {
        return db.atomically(() -> graphs.values().stream().filter(r -> r.owner().equals(userId)).count());
    }

    private static GraphSummary summary(GraphRow row, Stats stats) {
        Graph active = row.active();
        return new GraphSummary(row.id(), active.version(), active.content().name(), active.content().description(),
                row.createdAt(), row.updatedAt(), stats.count, stats.last,
                stats.count == 0 ? null : (double) stats.completed / stats.count);
    }

    /** Execution statistics of one graph, accumulated over the executions table. */
    private static final class Stats {
        long count;
        long completed;
        Instant last;

        void add(GraphExecution e) {
            count++;
            if (e.status() == ExecutionStatus.COMPLETED) {
                completed++;
            }
            if (last == null || e.createdAt().isAfter(last)) {
                last = e.createdAt();
            }
        }
    }
}
