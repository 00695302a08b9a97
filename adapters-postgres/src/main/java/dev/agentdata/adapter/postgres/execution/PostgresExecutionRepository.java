package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.JsonColumns.jsonb;
import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.adapter.postgres.Jdbc;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/**
 * Graph and node executions. Every status change is one conditional {@code UPDATE ... WHERE status = ANY(allowed
 * sources) RETURNING}: the row lock and the re-check Postgres does after waiting make exactly one of several
 * concurrent changes from the same status win.
 */
public final class PostgresExecutionRepository implements ExecutionRepository {
    private static final String INSERT = "INSERT INTO graph_executions (" + ExecutionRows.GRAPH_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT " + ExecutionRows.GRAPH_COLUMNS + " FROM graph_executions WHERE id = ?";
    private static final String TRANSITION = "UPDATE graph_executions SET status = ?, started_at = COALESCE(started_at, ?), "
            + "ended_at = COALESCE(?, ended_at), outputs = COALESCE(?, outputs), error_message = COALESCE(?, error_message) "
            + "WHERE id = ? AND status = ANY(?) RETURNING " + ExecutionRows.GRAPH_COLUMNS;

    private final Jdbc jdbc;
    private final NodeExecutionStatements nodes;

    public PostgresExecutionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.nodes = new NodeExecutionStatements(jdbc);
    }

    @Override
    public void insert(GraphExecution e) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setObject(1, e.id());
                ps.setObject(2, e.graphId());
                ps.setInt(3, e.graphVersion());
                ps.setObject(4, e.userId());
                ps.setString(5, e.status().wireName());
                ps.setObject(6, jsonb(e.inputs()));
                ps.setObject(7, jsonb(e.outputs()));
                ps.setString(8, e.errorMessage());
                setInstant(ps, 9, e.createdAt());
                setInstant(ps, 10, e.startedAt());
                setInstant(ps, 11, e.endedAt());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<GraphExecution> findById(UUID id) {
        return selectOne(SELECT, id);
    }

    @Override
    public Optional<GraphExecution> lock(UUID id, boolean exclusive) {
        return selectOne(SELECT + (exclusive ? " FOR UPDATE" : " FOR SHARE"), id);
    }

    private Optional<GraphExecution> selectOne(String sql, UUID id) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ExecutionRows.graph(rs)) : Optional.<GraphExecution>empty();
                }
            }
        });
    }

    @Override
    public Optional<GraphExecution> transition(UUID id, ExecutionStatus to, Instant now, Map<String, Object> outputs,
                                               String errorMessage) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(TRANSITION)) {
                int i = bindTransition(ps, to, now, outputs, errorMessage);
                ps.setObject(i++, id);
                ps.setArray(i, sources(c, to));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ExecutionRows.graph(rs)) : Optional.<GraphExecution>empty();
                }
            }
        });
    }

    @Override
    public Page<GraphExecution> list(ExecutionFilter filter, PageRequest page) {
        return new ExecutionPageQuery(jdbc).page(filter, page);
    }

    @Override
    public long count(ExecutionFilter filter) {
        return new ExecutionPageQuery(jdbc).count(filter);
    }

    @Override
    public boolean hasActiveNodes(UUID graphExecutionId) {
        return jdbc.db(db -> db.get("SELECT EXISTS (SELECT 1 FROM node_executions WHERE graph_execution_id = ?::uuid "
                        + "AND status IN ('queued', 'running')) AS active", graphExecutionId)
                .map(row -> row.column("active").get(Boolean.class))
                .orElse(false));
    }

    @Override
    public void insertNode(NodeExecution nodeExecution) {
        nodes.insertNode(nodeExecution);
    }

    @Override
    public Optional<NodeExecution> findNode(UUID graphExecutionId, UUID nodeExecutionId) {
        return nodes.findNode(graphExecutionId, nodeExecutionId);
    }

    @Override
    public List<NodeExecution> listNodes(UUID graphExecutionId) {
        return nodes.listNodes(graphExecutionId);
    }

    @Override
    public Optional<NodeExecution> transitionNode(UUID graphExecutionId, UUID nodeExecutionId, ExecutionStatus to,
                                                  Instant now, Map<String, Object> outputs, String errorMessage,
                                                  Long executionCost) {
        return nodes.transitionNode(graphExecutionId, nodeExecutionId, to, now, outputs, errorMessage, executionCost);
    }

    @Override
    public int cascadeActiveNodes(UUID graphExecutionId, ExecutionStatus to, Instant now) {
        return nodes.cascadeActiveNodes(graphExecutionId, to, now);
    }

    /** Binds status, started_at, ended_at, outputs, error_message (parameters 1 to 5); returns 6. */
    static int bindTransition(PreparedStatement ps, ExecutionStatus to, Instant now, Map<String, Object> outputs,
                                      String errorMessage) throws SQLException {
        ps.setString(1, to.wireName());
        setInstant(ps, 2, to == ExecutionStatus.RUNNING ? now : null);
        setInstant(ps, 3, to.isTerminal() ? now : null);
        ps.setObject(4, jsonb(outputs));
        if (outputs == null) {
            ps.setNull(4, java.sql.Types.OTHER);
        }
        ps.setString(5, errorMessage);
        return 6;
    }

    static Array sources(Connection c, ExecutionStatus to) throws SQLException {
        return c.createArrayOf("text", to.allowedSources().stream().map(ExecutionStatus::wireName).toArray());
    }
}
