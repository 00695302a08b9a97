package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.execution.ExecutionRows.GRAPH;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.SqlSchema;
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
 * Graph and node executions on Postgres. Each plan the domain makes is compiled into one conditional statement
 * ({@link GraphTransitionStatement}, {@link NodeChangeStatements}) that checks and changes in one step, stats
 * included, and runs in the caller's unit of work or in autocommit; the row lock and the re-check Postgres does
 * after waiting for it make exactly one of several concurrent changes from the same status win.
 */
public final class PostgresExecutionRepository implements ExecutionRepository {
    private final UnitOfWorkConnections jdbc;
    private final ExecutionTables tables;
    private final ConditionalChange changes;
    private final ExecutionPageQuery pages;
    private final String lockedVersion;
    private final String countedRun;
    private final String insert;
    private final String select;

    public PostgresExecutionRepository(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.tables = ExecutionTables.in(schema);
        this.changes = new ConditionalChange(jdbc);
        this.pages = new ExecutionPageQuery(jdbc, tables);
        this.lockedVersion = schema.sql(
                "WITH v AS (SELECT g.id FROM {schema}.graphs g JOIN {schema}.users u ON u.id = ");
        this.countedRun = schema.sql(" FOR KEY SHARE OF g, u), runs AS (UPDATE {schema}.store_listings l"
                + " SET run_count = l.run_count + 1 FROM v WHERE l.graph_id = v.id AND l.owner_id <> ");
        this.insert = "created AS (INSERT INTO " + tables.graphExecutions() + " (" + GRAPH.names()
                + ", event_seq) SELECT ";
        this.select = "SELECT " + GRAPH.names() + " FROM " + tables.graphExecutions() + " WHERE id = ";
    }

    /**
     * One statement: locks the graph version and the owner as a foreign-key check would (they cannot go away before
     * this commits), counts the run on the graph's store listing (runs by others than its creator, as V3's trigger
     * did), inserts the execution and its event (seq 1); nothing when the version or the owner is gone.
     */
    @Override
    public boolean create(GraphExecution queued) {
        return create(queued, false);
    }

    @Override
    public boolean createWhileActive(GraphExecution queued) {
        return create(queued, true);
    }

    private boolean create(GraphExecution queued, boolean whileActive) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = new BoundSql().sql(lockedVersion).uuid(queued.userId())
                    .sql(" WHERE g.id = ").uuid(queued.graphId()).sql(" AND g.version = ").integer(queued.graphVersion())
                    .sql(whileActive ? " AND g.is_active" : "")
                    .sql(countedRun).uuid(queued.userId()).sql("), " + insert).values(GRAPH, queued)
                    .sql(", 1 FROM v RETURNING *), ")
                    .sql(EventInserts.graphEvent(tables, "event", "created") + " SELECT 1 FROM created").prepare(c);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public Optional<GraphExecution> find(UUID ownerId, UUID executionId) {
        return jdbc.call(c -> findGraph(c, Optional.of(ownerId), executionId));
    }

    @Override
    public Optional<GraphExecution> findForOperator(UUID executionId) {
        return jdbc.call(c -> findGraph(c, Optional.empty(), executionId));
    }

    private Optional<GraphExecution> findGraph(Connection c, Optional<UUID> owner, UUID id) throws SQLException {
        BoundSql sql = new BoundSql().sql(select).uuid(id);
        owner.ifPresent(o -> sql.sql(" AND user_id = ").uuid(o));
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(ExecutionRows.graph(rs)) : Optional.empty();
        }
    }

    @Override
    public TransitionOutcome<GraphExecution> transition(UUID ownerId, UUID executionId, GraphTransition plan) {
        return transition(Optional.of(ownerId), executionId, plan);
    }

    @Override
    public TransitionOutcome<GraphExecution> transitionForOperator(UUID executionId, GraphTransition plan) {
        return transition(Optional.empty(), executionId, plan);
    }

    private TransitionOutcome<GraphExecution> transition(Optional<UUID> owner, UUID id, GraphTransition plan) {
        return changes.carryOut(
                c -> plan.sources().isEmpty() ? Optional.empty()
                        : applied(c, GraphTransitionStatement.compile(tables, plan, id, owner),
                                rs -> new TransitionOutcome.Applied<>(ExecutionRows.graph(rs), rs.getInt("cascaded"))),
                c -> findGraph(c, owner, id).map(plan::decide)
                        .orElseGet(() -> TransitionOutcome.executionNotFound(id)));
    }

    @Override
    public Page<GraphExecution> list(ExecutionFilter filter, PageRequest page) {
        return pages.page(filter, page);
    }

    @Override
    public long count(ExecutionFilter filter) {
        return pages.count(filter);
    }

    @Override
    public TransitionOutcome<NodeExecution> addNode(UUID ownerId, NodeCreation creation) {
        UUID id = creation.node().graphExecutionId();
        return changes.carryOut(
                c -> applied(c, NodeChangeStatements.add(tables, ownerId, creation),
                        rs -> new TransitionOutcome.Applied<>(ExecutionRows.node(rs), 0)),
                c -> {
                    Optional<GraphExecution> graph = findGraph(c, Optional.of(ownerId), id);
                    return graph.isEmpty() ? TransitionOutcome.executionNotFound(id)
                            : creation.decide(graph.get(), nodeInVersion(c, graph.get(), creation.node().nodeId()));
                });
    }

    /** Whether {@code nodeId} is a node of the execution's graph version: only on the failing path of an add. */
    private boolean nodeInVersion(Connection c, GraphExecution graph, String nodeId) throws SQLException {
        BoundSql sql = new BoundSql().sql("SELECT 1 FROM " + tables.graphNodes() + " WHERE graph_id = ")
                .uuid(graph.graphId()).sql(" AND graph_version = ").integer(graph.graphVersion())
                .sql(" AND id = ").text(nodeId);
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public Optional<NodeExecution> findNode(UUID ownerId, UUID executionId, UUID nodeExecutionId) {
        return jdbc.call(c -> NodeExecutionQueries.find(c, tables, ownerId, executionId, nodeExecutionId));
    }

    @Override
    public TransitionOutcome<NodeExecution> transitionNode(UUID ownerId, UUID executionId, UUID nodeExecutionId,
                                                           NodeTransition plan) {
        return changes.carryOut(
                c -> plan.sources().isEmpty() ? Optional.empty() : applied(c,
                        NodeChangeStatements.transition(tables, ownerId, executionId, nodeExecutionId, plan),
                        rs -> new TransitionOutcome.Applied<>(ExecutionRows.node(rs), 0)),
                c -> explainNode(c, ownerId, executionId, nodeExecutionId, plan));
    }

    private TransitionOutcome<NodeExecution> explainNode(Connection c, UUID owner, UUID executionId,
                                                         UUID nodeExecutionId, NodeTransition plan)
            throws SQLException {
        Optional<GraphExecution> graph = findGraph(c, Optional.of(owner), executionId);
        if (graph.isEmpty()) {
            return TransitionOutcome.executionNotFound(executionId);
        }
        return NodeExecutionQueries.find(c, tables, owner, executionId, nodeExecutionId)
                .map(node -> plan.decide(graph.get(), node))
                .orElseGet(() -> TransitionOutcome.nodeExecutionNotFound(nodeExecutionId));
    }

    @Override
    public Optional<Page<NodeExecution>> listNodes(UUID ownerId, UUID executionId, Optional<ExecutionStatus> status,
                                                   PageRequest page) {
        return jdbc.call(c -> NodeExecutionQueries.page(c, tables, ownerId, executionId, status, page));
    }

    /** Reads the statement's row as the applied change. */
    @FunctionalInterface
    private interface RowReader<T> {
        TransitionOutcome.Applied<T> read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code statement}: the applied change it returns, or empty when it matched no row. */
    private static <T> Optional<TransitionOutcome.Applied<T>> applied(Connection c, BoundSql statement,
                                                                    RowReader<T> reader) throws SQLException {
        try (PreparedStatement ps = statement.prepare(c); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
        }
    }
}
