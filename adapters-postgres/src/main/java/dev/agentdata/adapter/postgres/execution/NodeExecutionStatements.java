package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.JsonColumns.jsonb;
import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.adapter.postgres.Jdbc;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.NodeExecution;

/** The node-execution half of {@link PostgresExecutionRepository}: same conditional-update rule, own table. */
final class NodeExecutionStatements {
    private static final String INSERT_NODE = "INSERT INTO node_executions (" + ExecutionRows.NODE_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_NODE = "SELECT " + ExecutionRows.NODE_COLUMNS
            + " FROM node_executions WHERE id = ? AND graph_execution_id = ?";
    static final String LIST_NODES = "SELECT " + ExecutionRows.NODE_COLUMNS
            + " FROM node_executions WHERE graph_execution_id = ? ORDER BY seq";
    private static final String TRANSITION_NODE = "UPDATE node_executions SET status = ?, started_at = COALESCE(started_at, ?), "
            + "ended_at = COALESCE(?, ended_at), outputs = COALESCE(?, outputs), error_message = COALESCE(?, error_message), "
            + "execution_cost = COALESCE(?, execution_cost) "
            + "WHERE id = ? AND graph_execution_id = ? AND status = ANY(?) RETURNING " + ExecutionRows.NODE_COLUMNS;
    private static final String CASCADE = "UPDATE node_executions SET status = ?, ended_at = ? "
            + "WHERE graph_execution_id = ? AND status IN ('queued', 'running')";

    private final Jdbc jdbc;

    NodeExecutionStatements(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void insertNode(NodeExecution n) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT_NODE)) {
                ps.setObject(1, n.id());
                ps.setObject(2, n.graphExecutionId());
                ps.setString(3, n.nodeId());
                ps.setString(4, n.status().wireName());
                ps.setObject(5, jsonb(n.inputs()));
                ps.setObject(6, jsonb(n.outputs()));
                ps.setString(7, n.errorMessage());
                ps.setLong(8, n.executionCost());
                setInstant(ps, 9, n.createdAt());
                setInstant(ps, 10, n.startedAt());
                setInstant(ps, 11, n.endedAt());
                return ps.executeUpdate();
            }
        });
    }

    Optional<NodeExecution> findNode(UUID graphExecutionId, UUID nodeExecutionId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_NODE)) {
                ps.setObject(1, nodeExecutionId);
                ps.setObject(2, graphExecutionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ExecutionRows.node(rs)) : Optional.<NodeExecution>empty();
                }
            }
        });
    }

    List<NodeExecution> listNodes(UUID graphExecutionId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(LIST_NODES)) {
                ps.setObject(1, graphExecutionId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<NodeExecution> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(ExecutionRows.node(rs));
                    }
                    return out;
                }
            }
        });
    }

    Optional<NodeExecution> transitionNode(UUID graphExecutionId, UUID nodeExecutionId, ExecutionStatus to,
                                           Instant now, Map<String, Object> outputs, String errorMessage,
                                           Long executionCost) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(TRANSITION_NODE)) {
                int i = PostgresExecutionRepository.bindTransition(ps, to, now, outputs, errorMessage);
                if (executionCost == null) {
                    ps.setNull(i++, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(i++, executionCost);
                }
                ps.setObject(i++, nodeExecutionId);
                ps.setObject(i++, graphExecutionId);
                ps.setArray(i, PostgresExecutionRepository.sources(c, to));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ExecutionRows.node(rs)) : Optional.<NodeExecution>empty();
                }
            }
        });
    }

    int cascadeActiveNodes(UUID graphExecutionId, ExecutionStatus to, Instant now) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(CASCADE)) {
                ps.setString(1, to.wireName());
                setInstant(ps, 2, now);
                ps.setObject(3, graphExecutionId);
                return ps.executeUpdate();
            }
        });
    }
}
