package dev.agentdata.adapter.postgres.graph;

import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Supplier;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.RetryableStorageException;
import dev.agentdata.adapter.postgres.SqlErrors;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.adapter.postgres.StorageException;
import dev.agentdata.domain.graph.Graph;

/**
 * Writers of one graph's versions, serialized by a transaction-scoped advisory lock on the graph id. Should two
 * still collide on the version key (a writer that did not read {@link #maxVersion} in its unit of work), that
 * is reported as retryable so the unit of work runs again and picks the next number.
 */
final class GraphVersionWrites {
    private static final String LOCK_GRAPH = "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))";

    private final UnitOfWorkConnections jdbc;
    private final GraphRows rows;
    private final String selectMaxVersion;
    private final String deactivateAll;
    private final String deactivateIfVersionExists;
    private final String activate;

    GraphVersionWrites(UnitOfWorkConnections jdbc, SqlSchema schema, GraphRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.selectMaxVersion = schema.sql("SELECT max(version) FROM {schema}.graphs WHERE user_id = ? AND id = ?");
        this.deactivateAll = schema.sql("UPDATE {schema}.graphs SET is_active = false, updated_at = ? WHERE id = ?"
                + " AND user_id = ?");
        this.deactivateIfVersionExists = schema.sql("UPDATE {schema}.graphs SET is_active = false, updated_at = ? "
                + "WHERE user_id = ? AND id = ? AND EXISTS (SELECT 1 FROM {schema}.graphs v"
                + " WHERE v.user_id = ? AND v.id = ? AND v.version = ?)");
        this.activate = schema.sql("UPDATE {schema}.graphs SET is_active = true WHERE user_id = ? AND id = ? AND version = ?");
    }

    /** Takes the graph's lock first, so the number read stays the maximum until the unit of work ends. */
    OptionalInt maxVersion(UUID userId, UUID graphId) {
        return jdbc.call(c -> {
            lockGraph(c, graphId);
            try (PreparedStatement ps = c.prepareStatement(selectMaxVersion)) {
                ps.setObject(1, userId);
                ps.setObject(2, graphId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int max = rs.getInt(1);
                    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(max);
                }
            }
        });
    }

    void insertVersion(Graph graph) {
        retryOnVersionRace(() -> jdbc.atomically(c -> {
            lockGraph(c, graph.id());
            try (PreparedStatement ps = c.prepareStatement(deactivateAll)) {
                setInstant(ps, 1, graph.updatedAt());
                ps.setObject(2, graph.id());
                ps.setObject(3, graph.userId());
                ps.executeUpdate();
            }
            rows.insert(c, graph);
            return null;
        }));
    }

    boolean setActiveVersion(UUID userId, UUID graphId, int version, Instant now) {
        return retryOnVersionRace(() -> jdbc.atomically(c -> {
            lockGraph(c, graphId);
            try (PreparedStatement ps = c.prepareStatement(deactivateIfVersionExists)) {
                setInstant(ps, 1, now);
                ps.setObject(2, userId);
                ps.setObject(3, graphId);
                ps.setObject(4, userId);
                ps.setObject(5, graphId);
                ps.setInt(6, version);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(activate)) {
                ps.setObject(1, userId);
                ps.setObject(2, graphId);
                ps.setInt(3, version);
                return ps.executeUpdate() == 1;
            }
        }));
    }

    private static void lockGraph(Connection c, UUID graphId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK_GRAPH)) {
            ps.setString(1, graphId.toString());
            ps.execute();
        }
    }

    private static <T> T retryOnVersionRace(Supplier<T> write) {
        try {
            return write.get();
        } catch (StorageException e) {
            if (SqlErrors.isUniqueViolation(e, "graphs_pkey") || SqlErrors.isUniqueViolation(e, "graphs_one_active_version")) {
                throw new RetryableStorageException(e);
            }
            throw e;
        }
    }
}
