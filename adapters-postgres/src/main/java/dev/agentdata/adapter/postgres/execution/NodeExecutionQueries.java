package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.execution.ExecutionRows.NODE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.ExecutionStats;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.NodeExecution;

/**
 * Reads of node executions, each filtered by the owner of their graph execution: one, and keyset pages in creation
 * order ({@code seq}, the cursor) with an optional status, in one statement that also tells "no such execution"
 * from "no node executions" and reads the total from the stats.
 */
final class NodeExecutionQueries {
    private NodeExecutionQueries() {
    }

    static Optional<NodeExecution> find(Connection c, ExecutionTables t, UUID owner, UUID executionId,
                                        UUID nodeExecutionId) throws SQLException {
        BoundSql sql = new BoundSql().sql("SELECT " + NODE.names("n") + " FROM " + t.nodeExecutions() + " n JOIN "
                        + t.graphExecutions() + " g ON g.id = n.graph_execution_id WHERE n.id = ").uuid(nodeExecutionId)
                .sql(" AND n.graph_execution_id = ").uuid(executionId).sql(" AND n.user_id = ").uuid(owner)
                .sql(" AND g.user_id = ").uuid(owner);
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(ExecutionRows.node(rs)) : Optional.empty();
        }
    }

    static BoundSql pageSql(ExecutionTables t, UUID owner, UUID executionId, Optional<ExecutionStatus> status,
                            PageRequest page) {
        BoundSql sql = new BoundSql().sql("SELECT " + ExecutionRows.statsNames("g") + ", n.* FROM " + t.graphExecutions()
                + " g LEFT JOIN LATERAL (SELECT " + NODE.names() + ", seq FROM " + t.nodeExecutions()
                + " WHERE graph_execution_id = g.id AND user_id = g.user_id");
        status.ifPresent(s -> sql.sql(" AND status = ").text(s.wireName()));
        page.after().ifPresent(after -> sql.sql(" AND seq > ").bigint(seq(after)));
        return sql.sql(" ORDER BY seq LIMIT ").bigint(page.limit() + 1L).sql(") n ON true WHERE g.id = ")
                .uuid(executionId).sql(" AND g.user_id = ").uuid(owner);
    }

    static Optional<Page<NodeExecution>> page(Connection c, ExecutionTables t, UUID owner, UUID executionId,
                                              Optional<ExecutionStatus> status, PageRequest page) throws SQLException {
        try (PreparedStatement ps = pageSql(t, owner, executionId, status, page).prepare(c);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            ExecutionStats stats = ExecutionRows.stats(rs);
            List<NodeExecution> rows = new ArrayList<>();
            List<Long> seqs = new ArrayList<>();
            do {
                if (rs.getObject("id") != null) {
                    rows.add(ExecutionRows.node(rs));
                    seqs.add(rs.getLong("seq"));
                }
            } while (rs.next());
            boolean more = rows.size() > page.limit();
            List<NodeExecution> items = more ? rows.subList(0, page.limit()) : rows;
            Optional<Cursor> next = more ? Optional.of(Cursor.of(Long.toString(seqs.get(page.limit() - 1))))
                    : Optional.empty();
            OptionalLong total = page.includeTotal()
                    ? OptionalLong.of(status.map(stats::count).orElse(stats.total())) : OptionalLong.empty();
            return Optional.of(new Page<>(items, next, total));
        }
    }

    private static long seq(Cursor cursor) {
        try {
            return Long.parseLong(cursor.get(0));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
    }
}
