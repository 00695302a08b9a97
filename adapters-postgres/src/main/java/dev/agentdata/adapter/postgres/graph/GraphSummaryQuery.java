package dev.agentdata.adapter.postgres.graph;

import static dev.agentdata.adapter.postgres.JsonColumns.instant;
import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;
import static dev.agentdata.adapter.postgres.JsonColumns.uuid;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.graph.GraphSummary;

/**
 * "My graphs with stats": one statement per page, keyset on {@code (updated_at, id)} over the partial index of
 * active versions, the statistics of only the page's graphs computed in a lateral join. Cursor: epoch micros, id.
 */
final class GraphSummaryQuery {
    static final String SQL = """
            SELECT g.id, g.version, g.name, g.description, g.created_at, g.updated_at,
                   s.execution_count, s.last_execution_at, s.completed_count
            FROM {schema}.graphs g
            CROSS JOIN LATERAL (
                SELECT count(*) AS execution_count,
                       max(e.created_at) AS last_execution_at,
                       count(*) FILTER (WHERE e.status = 'completed') AS completed_count
                FROM {schema}.graph_executions e
                WHERE e.graph_id = g.id) s
            WHERE g.user_id = ? AND g.is_active
              AND (g.updated_at, g.id) < (?, ?)
            ORDER BY g.updated_at DESC, g.id DESC
            LIMIT ?""";
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");
    private static final UUID MAX_UUID = new UUID(-1L, -1L);

    private final UnitOfWorkConnections jdbc;
    private final String sql;

    GraphSummaryQuery(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.sql = schema.sql(SQL);
    }

    Page<GraphSummary> page(UUID userId, PageRequest page) {
        Instant afterTime = page.after().map(c -> JsonColumns.fromCursorValue(c.get(0))).orElse(FAR_FUTURE);
        UUID afterId = page.after().map(c -> parseId(c.get(1))).orElse(MAX_UUID);
        List<GraphSummary> rows = jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, userId);
                setInstant(ps, 2, afterTime);
                ps.setObject(3, afterId);
                ps.setInt(4, page.limit() + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    List<GraphSummary> out = new ArrayList<>();
                    while (rs.next()) {
                        long count = rs.getLong("execution_count");
                        long completed = rs.getLong("completed_count");
                        out.add(new GraphSummary(uuid(rs, "id"), rs.getInt("version"), rs.getString("name"),
                                rs.getString("description"), instant(rs, "created_at"), instant(rs, "updated_at"),
                                count, instant(rs, "last_execution_at"), count == 0 ? null : (double) completed / count));
                    }
                    return out;
                }
            }
        });
        boolean more = rows.size() > page.limit();
        List<GraphSummary> items = more ? rows.subList(0, page.limit()) : rows;
        Optional<Cursor> next = more
                ? Optional.of(Cursor.of(JsonColumns.toCursorValue(items.getLast().updatedAt()), items.getLast().id().toString()))
                : Optional.empty();
        return new Page<>(items, next, OptionalLong.empty());
    }

    static UUID parseId(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
    }
}
