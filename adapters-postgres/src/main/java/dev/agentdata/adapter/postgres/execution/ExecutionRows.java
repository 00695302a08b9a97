package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.JsonColumns.instant;
import static dev.agentdata.adapter.postgres.JsonColumns.map;
import static dev.agentdata.adapter.postgres.JsonColumns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

import dev.agentdata.domain.execution.ExecutionStats;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;

/**
 * Row and domain value of graph and node executions, each direction in one place: the columns a value fills (names
 * and parameters, from {@link Columns}) and the reading of a row by column name.
 */
final class ExecutionRows {
    /** {@code nodes_<status>} by ordinal, made once (every compiled change names some); first, as the columns use it. */
    private static final String[] STATS_COLUMNS = Arrays.stream(ExecutionStatus.values())
            .map(s -> "nodes_" + s.wireName()).toArray(String[]::new);
    private static final String CREDITS_CHARGED = "credits_charged";

    static final Columns<GraphExecution> GRAPH = new Columns<GraphExecution>()
            .uuid("id", GraphExecution::id)
            .uuid("graph_id", GraphExecution::graphId)
            .integer("graph_version", GraphExecution::graphVersion)
            .uuid("user_id", GraphExecution::userId)
            .text("status", e -> e.status().wireName())
            .jsonb("inputs", GraphExecution::inputs)
            .jsonb("outputs", GraphExecution::outputs)
            .text("error_message", GraphExecution::errorMessage)
            .timestamp("created_at", GraphExecution::createdAt)
            .timestamp("started_at", GraphExecution::startedAt)
            .timestamp("ended_at", GraphExecution::endedAt)
            .bigint(statsColumn(ExecutionStatus.QUEUED), e -> e.stats().queued())
            .bigint(statsColumn(ExecutionStatus.RUNNING), e -> e.stats().running())
            .bigint(statsColumn(ExecutionStatus.COMPLETED), e -> e.stats().completed())
            .bigint(statsColumn(ExecutionStatus.FAILED), e -> e.stats().failed())
            .bigint(statsColumn(ExecutionStatus.CANCELLED), e -> e.stats().cancelled())
            .bigint(statsColumn(ExecutionStatus.TIMEOUT), e -> e.stats().timeout())
            .bigint(CREDITS_CHARGED, e -> e.stats().cost());
    static final Columns<NodeExecution> NODE = new Columns<NodeExecution>()
            .uuid("id", NodeExecution::id)
            .uuid("graph_execution_id", NodeExecution::graphExecutionId)
            .text("node_id", NodeExecution::nodeId)
            .text("status", n -> n.status().wireName())
            .jsonb("inputs", NodeExecution::inputs)
            .jsonb("outputs", NodeExecution::outputs)
            .text("error_message", NodeExecution::errorMessage)
            .bigint("execution_cost", NodeExecution::executionCost)
            .timestamp("created_at", NodeExecution::createdAt)
            .timestamp("started_at", NodeExecution::startedAt)
            .timestamp("ended_at", NodeExecution::endedAt);

    private ExecutionRows() {
    }

    /** The graph execution's column counting its node executions in {@code status}. */
    static String statsColumn(ExecutionStatus status) {
        return STATS_COLUMNS[status.ordinal()];
    }

    /** {@code g.nodes_queued, ..., g.credits_charged}: what {@link #stats} reads. */
    static String statsNames(String alias) {
        return Arrays.stream(ExecutionStatus.values()).map(s -> alias + "." + statsColumn(s))
                .collect(Collectors.joining(", ")) + ", " + alias + "." + CREDITS_CHARGED;
    }

    /** The graph execution's column of the credits charged for it. */
    static String costColumn() {
        return CREDITS_CHARGED;
    }

    static GraphExecution graph(ResultSet rs) throws SQLException {
        return new GraphExecution(uuid(rs, "id"), uuid(rs, "graph_id"), rs.getInt("graph_version"), uuid(rs, "user_id"),
                status(rs), map(rs, "inputs"), map(rs, "outputs"), rs.getString("error_message"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "ended_at"), stats(rs));
    }

    /** The stats columns of a row that has them (a graph execution's, or a query that selects them). */
    static ExecutionStats stats(ResultSet rs) throws SQLException {
        return new ExecutionStats(rs.getLong(statsColumn(ExecutionStatus.QUEUED)),
                rs.getLong(statsColumn(ExecutionStatus.RUNNING)), rs.getLong(statsColumn(ExecutionStatus.COMPLETED)),
                rs.getLong(statsColumn(ExecutionStatus.FAILED)), rs.getLong(statsColumn(ExecutionStatus.CANCELLED)),
                rs.getLong(statsColumn(ExecutionStatus.TIMEOUT)), rs.getLong(CREDITS_CHARGED));
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
