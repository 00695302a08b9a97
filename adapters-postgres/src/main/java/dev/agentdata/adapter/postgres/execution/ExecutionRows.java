package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.JsonColumns.instant;
import static dev.agentdata.adapter.postgres.JsonColumns.map;
import static dev.agentdata.adapter.postgres.JsonColumns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.agentdata.domain.execution.ExecutionStats;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/** Column lists and row mapping of graph and node executions. */
final class ExecutionRows {
    static final String GRAPH_COLUMNS = "id, graph_id, graph_version, user_id, status, inputs, outputs, error_message, "
            + "created_at, started_at, ended_at";
    static final String NODE_COLUMNS = "id, graph_execution_id, node_id, status, inputs, outputs, error_message, "
            + "execution_cost, created_at, started_at, ended_at";

    private ExecutionRows() {
    }

    static GraphExecution graph(ResultSet rs) throws SQLException {
        return new GraphExecution(uuid(rs, "id"), uuid(rs, "graph_id"), rs.getInt("graph_version"), uuid(rs, "user_id"),
                status(rs), map(rs, "inputs"), map(rs, "outputs"), rs.getString("error_message"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "ended_at"), ExecutionStats.NONE);
    }

    static NodeExecution node(ResultSet rs) throws SQLException {
        return new NodeExecution(uuid(rs, "id"), uuid(rs, "graph_execution_id"), rs.getString("node_id"), status(rs),
                map(rs, "inputs"), map(rs, "outputs"), rs.getString("error_message"), rs.getLong("execution_cost"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "ended_at"));
    }

    private static ExecutionStatus status(ResultSet rs) throws SQLException {
        String s = rs.getString("status");
        return ExecutionStatus.fromWireName(s).orElseThrow(() -> new SQLException("unknown status " + s));
    }
}
