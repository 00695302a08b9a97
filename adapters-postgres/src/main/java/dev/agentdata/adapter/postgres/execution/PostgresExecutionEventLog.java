package dev.agentdata.adapter.postgres.execution;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.application.port.out.ExecutionEventLog;
import dev.agentdata.application.port.out.UserEventCursor;
import dev.agentdata.domain.execution.ExecutionEvent;

/**
 * The outbox on Postgres. An execution's events are read by seq (gapless in commit order, so "after seq n" never
 * skips one). Reads across executions cannot trust the global ids, handed out before commit: they go by writing
 * transaction instead. A read's snapshot says which writers may still commit later: those it saw running
 * ({@code pg_snapshot_xip}) and those not yet started ({@code >= pg_snapshot_xmax}); the next read looks at exactly
 * those, so nothing is missed and nothing is read twice, however long another transaction runs.
 */
public final class PostgresExecutionEventLog implements ExecutionEventLog {
    /** At most this many rows per read; a longer backlog (an old resume token) is read over several. */
    static final int BATCH = 1000;
    private static final String SNAPSHOT = "WITH h AS (SELECT pg_current_snapshot() AS s)"
            + " SELECT pg_snapshot_xmin(h.s)::text::bigint AS snap_xmin, pg_snapshot_xmax(h.s)::text::bigint AS snap_xmax,"
            + " (SELECT string_agg(x::text, ',') FROM pg_snapshot_xip(h.s) x) AS snap_xip";
    private static final String WRITERS = "(e.writer >= ?::text::xid8 OR e.writer = ANY (?::text::xid8[]))";
    private static final String COLUMNS = "e.id, e.seq, e.type, e.payload::text AS payload, e.created_at, e.user_id,"
            + " e.execution_id, e.writer::text::bigint AS writer";

    private final UnitOfWorkConnections jdbc;
    private final String afterSeq;
    private final String userAfter;
    private final String changedAfter;
    private final String now;

    public PostgresExecutionEventLog(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.afterSeq = schema.sql("SELECT g.id AS owned, " + COLUMNS + " FROM {schema}.graph_executions g"
                + " LEFT JOIN LATERAL (SELECT * FROM {schema}.execution_events e WHERE e.execution_id = g.id"
                + " AND e.seq > ? ORDER BY e.seq LIMIT ?) e ON true WHERE g.id = ? AND g.user_id = ? ORDER BY e.seq");
        this.userAfter = schema.sql(SNAPSHOT + ", " + COLUMNS + " FROM h LEFT JOIN LATERAL (SELECT * FROM"
                + " {schema}.execution_events e WHERE " + WRITERS + " AND e.user_id = ? AND e.type = 'graph_execution'"
                + " ORDER BY e.writer, e.id LIMIT " + BATCH + ") e ON true ORDER BY e.writer, e.id");
        this.changedAfter = schema.sql(SNAPSHOT + ", e.id, e.execution_id, e.user_id, e.writer::text::bigint AS writer"
                + " FROM h LEFT JOIN LATERAL (SELECT e.id, e.execution_id, e.user_id, e.writer"
                + " FROM {schema}.execution_events e WHERE " + WRITERS + " ORDER BY e.writer, e.id LIMIT " + BATCH
                + ") e ON true ORDER BY e.writer, e.id");
        this.now = SNAPSHOT + " FROM h";
    }

    @Override
    public Optional<List<ExecutionEvent>> after(UUID ownerId, UUID executionId, long afterSeq, int limit) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(this.afterSeq)) {
                ps.setLong(1, afterSeq);
                ps.setInt(2, limit);
                ps.setObject(3, executionId);
                ps.setObject(4, ownerId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    List<ExecutionEvent> events = new ArrayList<>();
                    do {
                        if (rs.getObject("seq") != null) {
                            events.add(EventPayloads.event(rs));
                        }
                    } while (rs.next());
                    return Optional.of(events);
                }
            }
        });
    }

    /** Nothing read yet: what may still commit is what this snapshot saw running, or what starts after it. */
    @Override
    public UserEventCursor userCursorNow(UUID userId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(now); ResultSet rs = ps.executeQuery()) {
                rs.next();
                Snapshot s = Snapshot.of(rs);
                return new UserEventCursor(s.xmax(), s.running(), Set.of(), s.xmin());
            }
        });
    }

    @Override
    public UserEventBatch userEventsAfter(UUID userId, UserEventCursor cursor) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(userAfter)) {
                bindWriters(ps, cursor);
                ps.setObject(3, userId);
                List<ExecutionEvent> fresh = new ArrayList<>();
                List<long[]> read = new ArrayList<>();
                Snapshot s;
                try (ResultSet rs = ps.executeQuery()) {
                    s = readRows(rs, read, cursor, r -> fresh.add(EventPayloads.event(r)));
                }
                return new UserEventBatch(fresh, next(s, cursor, read));
            }
        });
    }

    @Override
    public Changes changedAfter(Optional<UserEventCursor> cursor) {
        if (cursor.isEmpty()) {
            return new Changes(Set.of(), Set.of(), userCursorNow(null));
        }
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(changedAfter)) {
                bindWriters(ps, cursor.get());
                Set<UUID> executions = new HashSet<>();
                Set<UUID> users = new HashSet<>();
                List<long[]> read = new ArrayList<>();
                Snapshot s;
                try (ResultSet rs = ps.executeQuery()) {
                    s = readRows(rs, read, cursor.get(), r -> {
                        executions.add(r.getObject("execution_id", UUID.class));
                        users.add(r.getObject("user_id", UUID.class));
                    });
                }
                return new Changes(executions, users, next(s, cursor.get(), read));
            }
        });
    }

    private static void bindWriters(PreparedStatement ps, UserEventCursor cursor) throws SQLException {
        ps.setString(1, Long.toString(cursor.from()));
        ps.setString(2, cursor.pending().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
    }

    /** One row handled: an event not delivered before. */
    @FunctionalInterface
    private interface RowHandler {
        void fresh(ResultSet rs) throws SQLException;
    }

    /** Reads the snapshot and the rows ({id, writer} into {@code read}); hands each undelivered row over. */
    private static Snapshot readRows(ResultSet rs, List<long[]> read, UserEventCursor cursor, RowHandler handler)
            throws SQLException {
        Snapshot s = null;
        while (rs.next()) {
            if (s == null) {
                s = Snapshot.of(rs);
            }
            if (rs.getObject("id") == null) {
                continue;
            }
            long id = rs.getLong("id");
            read.add(new long[] {id, rs.getLong("writer")});
            if (!cursor.delivered().contains(id)) {
                handler.fresh(rs);
            }
        }
        return s;
    }

    /**
     * After a whole read: the writers this snapshot saw running, and those after it. After a read cut at
     * {@link #BATCH} rows: on from the last writer read (its rows read so far count as delivered), with the writers
     * below it that were still running.
     */
    private static UserEventCursor next(Snapshot s, UserEventCursor cursor, List<long[]> read) {
        if (read.size() < BATCH) {
            return new UserEventCursor(s.xmax(), s.running(), Set.of(), s.xmin());
        }
        long last = read.getLast()[1];
        // a pending writer that finished was visible to this read, so it sorted before the cut and was read
        Set<Long> pending = s.running().stream().filter(w -> w < last).collect(Collectors.toSet());
        Set<Long> delivered = new HashSet<>();
        read.stream().filter(r -> r[1] == last).forEach(r -> delivered.add(r[0]));
        return new UserEventCursor(last, pending, delivered, Math.min(cursor.resumeFrom(), s.xmin()));
    }

    /** What a snapshot says of the writers: all below xmin finished, those in xip running, none at or above xmax began. */
    private record Snapshot(long xmin, long xmax, Set<Long> running) {
        static Snapshot of(ResultSet rs) throws SQLException {
            String xip = rs.getString("snap_xip");
            Set<Long> running = new HashSet<>();
            if (xip != null && !xip.isEmpty()) {
                for (String x : xip.split(",")) {
                    running.add(Long.parseLong(x));
                }
            }
            return new Snapshot(rs.getLong("snap_xmin"), rs.getLong("snap_xmax"), running);
        }
    }
}
