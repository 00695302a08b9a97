package dev.agentdata.adapter.postgres.store;

import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;

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
import dev.agentdata.domain.store.StoreSubmission;

/** Submission pages newest first, keyset on {@code (created_at, id)}; cursor {@code [epoch micros, id]}. */
final class SubmissionPageQuery {
    private final UnitOfWorkConnections jdbc;
    private final String select;
    private final String count;

    SubmissionPageQuery(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.select = schema.sql("SELECT " + StoreRows.SUBMISSION_COLUMNS + StoreRows.SUBMISSIONS_FROM + "WHERE ");
        this.count = schema.sql("SELECT count(*) FROM {schema}.store_submissions s WHERE ");
    }

    /** {@code where} has at most one parameter, bound to {@code value} when it is not null. */
    Page<StoreSubmission> page(String where, Object value, PageRequest page) {
        Optional<Cursor> after = page.after();
        Instant afterTime = after.map(c -> JsonColumns.fromCursorValue(c.get(0))).orElse(null);
        UUID afterId = after.map(c -> ListingSearchQuery.parseId(c.get(1))).orElse(null);
        String sql = select + where
                + (after.isPresent() ? " AND (s.created_at, s.id) < (?, ?)" : "")
                + " ORDER BY s.created_at DESC, s.id DESC LIMIT ?";
        List<StoreSubmission> rows = jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (value != null) {
                    ps.setObject(i++, value);
                }
                if (after.isPresent()) {
                    setInstant(ps, i++, afterTime);
                    ps.setObject(i++, afterId);
                }
                ps.setInt(i, page.limit() + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    List<StoreSubmission> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(StoreRows.submission(rs));
                    }
                    return out;
                }
            }
        });
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, Optional.empty(), OptionalLong.empty());
        }
        List<StoreSubmission> items = rows.subList(0, page.limit());
        StoreSubmission last = items.getLast();
        return new Page<>(items, Optional.of(Cursor.of(JsonColumns.toCursorValue(last.createdAt()), last.id().toString())),
                OptionalLong.empty());
    }

    long count(String where, Object value) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(count + where)) {
                if (value != null) {
                    ps.setObject(1, value);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
