package dev.agentdata.adapter.postgres.store;

import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.store.ListingSort;
import dev.agentdata.domain.store.ListingView;

/**
 * The published-listing read model: one statement per page, keyset on {@code (sort key, id)} descending.
 * Text search is {@code websearch_to_tsquery('english', q)} against the active version's weighted tsvector
 * (GIN index), written inline so the planner sees it; relevance is {@code ts_rank}. Cursor: {@code [sort, key, id]}.
 */
final class ListingSearchQuery {
    private final UnitOfWorkConnections jdbc;
    private final String viewFrom;
    private final String bySlug;

    ListingSearchQuery(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.viewFrom = schema.sql(StoreRows.VIEW_FROM);
        this.bySlug = "SELECT " + StoreRows.VIEW_COLUMNS + viewFrom + "WHERE l.slug = ?";
    }

    Optional<ListingView> bySlug(String slug) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(bySlug)) {
                ps.setString(1, slug);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(StoreRows.view(rs)) : Optional.<ListingView>empty();
                }
            }
        });
    }

    private static String key(ListingSort sort) {
        return switch (sort) {
            case RECENT -> "l.updated_at";
            case RATING -> "COALESCE(l.rating, 0)";
            case RELEVANCE -> "ts_rank(s.search, websearch_to_tsquery('english', ?))";
        };
    }

    /**
     * The page statement. Parameters: for relevance the text (rank), then the filters (text, category), then with a
     * cursor (the text again for relevance) the key and the id, then the limit.
     */
    String pageSql(ListingQuery q, boolean hasCursor) {
        String key = key(q.sort());
        return "SELECT " + StoreRows.VIEW_COLUMNS + ", " + key + " AS sort_key" + from(q)
                + (hasCursor ? " AND (" + key + ", l.id) < (?, ?)" : "")
                + " ORDER BY sort_key DESC, l.id DESC LIMIT ?";
    }

    private String from(ListingQuery q) {
        return viewFrom + "WHERE TRUE"
                + (q.text().isPresent() ? " AND s.search @@ websearch_to_tsquery('english', ?)" : "")
                + (q.category().isPresent() ? " AND s.categories @> ARRAY[?]::text[]" : "");
    }

    private static int bindFilters(PreparedStatement ps, ListingQuery q, int first) throws SQLException {
        int i = first;
        if (q.text().isPresent()) {
            ps.setString(i++, q.text().get());
        }
        if (q.category().isPresent()) {
            ps.setString(i++, q.category().get());
        }
        return i;
    }

    private static int bindText(PreparedStatement ps, int i, ListingQuery q) throws SQLException {
        ps.setString(i, q.text().orElseThrow());
        return i + 1;
    }

    Page<ListingView> page(ListingQuery q, PageRequest page) {
        ListingSort sort = q.sort();
        Optional<Cursor> after = page.after();
        after.ifPresent(c -> {
            if (c.values().size() != 3 || !c.get(0).equals(sort.wireName())) {
                throw new IllegalArgumentException("malformed cursor");
            }
        });
        String sql = pageSql(q, after.isPresent());
        List<ListingView> views = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                boolean ranked = sort == ListingSort.RELEVANCE;
                int i = ranked ? bindText(ps, 1, q) : 1;
                i = bindFilters(ps, q, i);
                if (after.isPresent()) {
                    i = ranked ? bindText(ps, i, q) : i;
                    bindKey(ps, i++, sort, after.get().get(1));
                    ps.setObject(i++, parseId(after.get().get(2)));
                }
                ps.setInt(i, page.limit() + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        views.add(StoreRows.view(rs));
                        keys.add(readKey(rs, sort));
                    }
                }
            }
            return null;
        });
        if (views.size() <= page.limit()) {
            return new Page<>(views, Optional.empty(), OptionalLong.empty());
        }
        List<ListingView> items = views.subList(0, page.limit());
        Cursor next = Cursor.of(sort.wireName(), keys.get(page.limit() - 1), items.getLast().id().toString());
        return new Page<>(items, Optional.of(next), OptionalLong.empty());
    }

    long count(ListingQuery q) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + from(q))) {
                bindFilters(ps, q, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static String readKey(ResultSet rs, ListingSort sort) throws SQLException {
        return switch (sort) {
            case RECENT -> JsonColumns.toCursorValue(JsonColumns.instant(rs, "sort_key"));
            case RATING -> Double.toString(rs.getDouble("sort_key"));
            case RELEVANCE -> Float.toString(rs.getFloat("sort_key"));
        };
    }

    private static void bindKey(PreparedStatement ps, int i, ListingSort sort, String value) throws SQLException {
        try {
            switch (sort) {
                case RECENT -> setInstant(ps, i, JsonColumns.fromCursorValue(value));
                case RATING -> ps.setDouble(i, Double.parseDouble(value));
                case RELEVANCE -> ps.setFloat(i, Float.parseFloat(value));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
    }
}
