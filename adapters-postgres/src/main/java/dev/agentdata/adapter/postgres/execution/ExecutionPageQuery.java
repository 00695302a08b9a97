package dev.agentdata.adapter.postgres.execution;

import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ExecutionFilter;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.execution.GraphExecution;

/**
 * A user's executions newest first, keyset on {@code (created_at, id)} (no OFFSET), so a deep page costs what
 * the first does. Cursor: epoch micros of {@code created_at}, then the id.
 */
final class ExecutionPageQuery {
    private final UnitOfWorkConnections jdbc;
    private final ExecutionTables tables;
    private final String count;

    ExecutionPageQuery(UnitOfWorkConnections jdbc, ExecutionTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.count = "SELECT count(*) FROM " + tables.graphExecutions() + " WHERE ";
    }

    static String pageSql(ExecutionTables t, ExecutionFilter f, boolean hasCursor) {
        return "SELECT " + ExecutionRows.GRAPH.names() + " FROM " + t.graphExecutions() + " WHERE " + where(f)
                + (hasCursor ? " AND (created_at, id) < (?, ?)" : "")
                + " ORDER BY created_at DESC, id DESC LIMIT ?";
    }

    private static String where(ExecutionFilter f) {
        return "user_id = ?" + (f.status().isPresent() ? " AND status = ?" : "")
                + (f.graphId().isPresent() ? " AND graph_id = ?" : "");
    }

    Page<GraphExecution> page(ExecutionFilter filter, PageRequest page) {
        Optional<Cursor> after = page.after();
        Instant afterTime = after.map(c -> JsonColumns.fromCursorValue(c.get(0))).orElse(null);
        UUID afterId = after.map(c -> parseId(c.get(1))).orElse(null);
        List<GraphExecution> rows = jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(pageSql(tables, filter, after.isPresent()))) {
                int i = bindFilter(ps, filter);
                if (after.isPresent()) {
                    setInstant(ps, i++, afterTime);
                    ps.setObject(i++, afterId);
                }
                ps.setInt(i, page.limit() + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    List<GraphExecution> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(ExecutionRows.graph(rs));
                    }
                    return out;
                }
            }
        });
        boolean more = rows.size() > page.limit();
        List<GraphExecution> items = more ? rows.subList(0, page.limit()) : rows;
        Optional<Cursor> next = more
                ? Optional.of(Cursor.of(JsonColumns.toCursorValue(items.getLast().createdAt()), items.getLast().id().toString()))
                : Optional.empty();
        return new Page<>(items, next, OptionalLong.empty());
    }

    long count(ExecutionFilter filter) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(count + where(filter))) {
                bindFilter(ps, filter);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static int bindFilter(PreparedStatement ps, ExecutionFilter f) throws SQLException {
        int i = 1;
        ps.setObject(i++, f.userId());
        if (f.status().isPresent()) {
            ps.setString(i++, f.status().get().wireName());
        }
        if (f.graphId().isPresent()) {
            ps.setObject(i++, f.graphId().get());
        }
        return i;
    }

    private static UUID parseId(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
    }
}
