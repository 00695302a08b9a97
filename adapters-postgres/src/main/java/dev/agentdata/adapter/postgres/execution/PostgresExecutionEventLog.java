package dev.agentdata.adapter.postgres.execution;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.application.port.out.ExecutionEventLog;
import dev.agentdata.application.port.out.UserEventCursor;
import dev.agentdata.domain.execution.ExecutionEvent;

/**
 * The outbox on Postgres. An execution's events are read by seq (gapless in commit order, so "after seq n" never
 * skips one). A user's stream cannot trust the global ids, handed out before commit: it reads by writing
 * transaction instead, everything at or above a horizon, and moves the horizon to its snapshot's xmin, below which
 * every writer has finished and was visible to that same read.
 */
public final class PostgresExecutionEventLog implements ExecutionEventLog {
    /** At most this many rows per user read; a longer backlog is read over several batches. */
    static final int USER_BATCH = 1000;
    /** At most this many rows per waker poll. */
    static final int CHANGES_BATCH = 5000;
    private static final String COLUMNS = "e.id, e.seq, e.type, e.payload::text AS payload, e.created_at, e.user_id";

    private final UnitOfWorkConnections jdbc;
    private final String afterSeq;
    private final String userAfter;
    private final String userNow;
    private final String changedAfter;
    private final String changedNow;

    public PostgresExecutionEventLog(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.afterSeq = schema.sql("SELECT g.id AS owned, " + COLUMNS + " FROM {schema}.graph_executions g"
                + " LEFT JOIN LATERAL (SELECT * FROM {schema}.execution_events e WHERE e.execution_id = g.id"
                + " AND e.seq > ? ORDER BY e.seq LIMIT ?) e ON true WHERE g.id = ? AND g.user_id = ? ORDER BY e.seq");
        this.userAfter = schema.sql(userQuery("?::text::xid8"));
        this.userNow = schema.sql(userQuery("h.horizon"));
        this.changedAfter = schema.sql(changesQuery("?::text::xid8"));
        this.changedNow = schema.sql(changesQuery("h.horizon"));
    }

    /** The user's graph-level events written at or above {@code from}, with this snapshot's xmin (the horizon). */
    private static String userQuery(String from) {
        return "WITH h AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon)"
                + " SELECT h.horizon::text::bigint AS horizon, e.writer::text::bigint AS writer, " + COLUMNS
                + " FROM h LEFT JOIN LATERAL (SELECT * FROM {schema}.execution_events e WHERE e.writer >= " + from
                + " AND e.user_id = ? AND e.type = 'graph_execution' ORDER BY e.writer, e.id LIMIT " + USER_BATCH
                + ") e ON true ORDER BY e.writer, e.id";
    }

    /** Which executions and users have events written at or above {@code from}, with this snapshot's horizon. */
    private static String changesQuery(String from) {
        return "WITH h AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon)"
                + " SELECT h.horizon::text::bigint AS horizon, e.writer::text::bigint AS writer, e.id, e.execution_id,"
                + " e.user_id FROM h LEFT JOIN LATERAL (SELECT e.id, e.execution_id, e.user_id, e.writer"
                + " FROM {schema}.execution_events e WHERE e.writer >= " + from + " ORDER BY e.writer, e.id LIMIT "
                + CHANGES_BATCH + ") e ON true ORDER BY e.writer, e.id";
    }

    @Override
    public Changes changedAfter(Optional<UserEventCursor> cursor) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(cursor.isPresent() ? changedAfter : changedNow)) {
                if (cursor.isPresent()) {
                    ps.setString(1, Long.toString(cursor.get().horizon()));
                }
                Set<UUID> executions = new HashSet<>();
                Set<UUID> users = new HashSet<>();
                List<long[]> read = new ArrayList<>();
                long horizon = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        horizon = rs.getLong("horizon");
                        if (rs.getObject("id") == null) {
                            continue;
                        }
                        long id = rs.getLong("id");
                        read.add(new long[] {id, rs.getLong("writer")});
                        if (cursor.isPresent() && !cursor.get().delivered().contains(id)) {
                            executions.add(rs.getObject("execution_id", UUID.class));
                            users.add(rs.getObject("user_id", UUID.class));
                        }
                    }
                }
                return new Changes(executions, users, next(horizon, read, read.size() >= CHANGES_BATCH));
            }
        });
    }

    /**
     * The cursor after {@code read} ({id, writer} pairs in writer order): this snapshot's horizon, or the last
     * writer read when the batch was cut short; the ids at or above it count as delivered.
     */
    private static UserEventCursor next(long horizon, List<long[]> read, boolean cut) {
        long next = cut ? Math.min(horizon, read.getLast()[1]) : horizon;
        Set<Long> delivered = new HashSet<>();
        for (long[] r : read) {
            if (r[1] >= next) {
                delivered.add(r[0]);
            }
        }
        return new UserEventCursor(next, delivered);
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

    @Override
    public UserEventCursor userCursorNow(UUID userId) {
        // every visible event at or above the horizon is history: marked delivered, never sent
        return read(userId, new UserEventCursor(0, Set.of()), true).next();
    }

    @Override
    public UserEventBatch userEventsAfter(UUID userId, UserEventCursor cursor) {
        return read(userId, cursor, false);
    }

    private UserEventBatch read(UUID userId, UserEventCursor cursor, boolean fromNow) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(fromNow ? userNow : userAfter)) {
                int p = 1;
                if (!fromNow) {
                    ps.setString(p++, Long.toString(cursor.horizon()));
                }
                ps.setObject(p, userId);
                List<ExecutionEvent> fresh = new ArrayList<>();
                List<long[]> read = new ArrayList<>();
                long horizon = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        horizon = rs.getLong("horizon");
                        if (rs.getObject("id") == null) {
                            continue;
                        }
                        long writer = rs.getLong("writer");
                        long id = rs.getLong("id");
                        read.add(new long[] {id, writer});
                        if (!fromNow && !cursor.delivered().contains(id)) {
                            fresh.add(EventPayloads.event(rs));
                        }
                    }
                }
                return new UserEventBatch(fresh, next(horizon, read, !fromNow && read.size() >= USER_BATCH));
            }
        });
    }
}
