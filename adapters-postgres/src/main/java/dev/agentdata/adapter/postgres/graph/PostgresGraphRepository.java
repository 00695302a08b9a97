package dev.agentdata.adapter.postgres.graph;

import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.adapter.postgres.Jdbc;
import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.adapter.postgres.RetryableStorageException;
import dev.agentdata.adapter.postgres.SqlErrors;
import dev.agentdata.adapter.postgres.StorageException;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;

/**
 * Graph versions in {@code graphs} (keyed by id and version), nodes and links in their own tables. Writers of
 * one graph are serialized by a transaction-scoped advisory lock on its id; should two still collide on the
 * version key (a writer that did not read {@link #maxVersion} in its unit of work), that is reported as
 * retryable so the unit of work runs again and picks the next number.
 */
public final class PostgresGraphRepository implements GraphRepository {
    private static final String SELECT_VERSION = "SELECT " + GraphRows.GRAPH_COLUMNS + " FROM graphs WHERE id = ? AND version = ?";
    private static final String SELECT_ACTIVE = "SELECT " + GraphRows.GRAPH_COLUMNS + " FROM graphs WHERE id = ? AND is_active";
    private static final String DEACTIVATE_ALL = "UPDATE graphs SET is_active = false, updated_at = ? WHERE id = ?";
    private static final String DEACTIVATE_IF_VERSION_EXISTS = "UPDATE graphs SET is_active = false, updated_at = ? "
            + "WHERE id = ? AND EXISTS (SELECT 1 FROM graphs v WHERE v.id = ? AND v.version = ?)";
    private static final String ACTIVATE = "UPDATE graphs SET is_active = true WHERE id = ? AND version = ?";
    private static final String LOCK_GRAPH = "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))";
    private static final String MAX_VERSION = "SELECT max(version) FROM graphs WHERE id = ?";
    private static final String LIST_VERSIONS = "SELECT version, is_active, created_at FROM graphs WHERE id = ? ORDER BY version DESC";

    private final Jdbc jdbc;

    public PostgresGraphRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertVersion(Graph graph) {
        retryOnVersionRace(() -> jdbc.atomically(c -> {
            lockGraph(c, graph.id());
            try (PreparedStatement ps = c.prepareStatement(DEACTIVATE_ALL)) {
                setInstant(ps, 1, graph.updatedAt());
                ps.setObject(2, graph.id());
                ps.executeUpdate();
            }
            GraphRows.insert(c, graph);
            return null;
        }));
    }

    /**
     * A concurrent writer of the same graph that committed after our statement's snapshot shows up as a
     * violation of the version key or of the one-active-version index: the unit of work is worth re-running.
     */
    private static <T> T retryOnVersionRace(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (StorageException e) {
            if (SqlErrors.isUniqueViolation(e, "graphs_pkey") || SqlErrors.isUniqueViolation(e, "graphs_one_active_version")) {
                throw new RetryableStorageException(e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Graph> findVersion(UUID graphId, int version) {
        return findOne(SELECT_VERSION, graphId, version);
    }

    @Override
    public Optional<Graph> findActive(UUID graphId) {
        return findOne(SELECT_ACTIVE, graphId, null);
    }

    /** The version row, its nodes and its links from one snapshot, so a concurrent delete cannot tear them apart. */
    private Optional<Graph> findOne(String sql, UUID graphId, Integer version) {
        return jdbc.snapshot(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, graphId);
                if (version != null) {
                    ps.setInt(2, version);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(GraphRows.read(c, rs)) : Optional.<Graph>empty();
                }
            }
        });
    }

    @Override
    public Optional<UUID> findOwner(UUID graphId) {
        return jdbc.db(db -> db.get("SELECT user_id FROM graphs WHERE id = ?::uuid LIMIT 1", graphId)
                .map(row -> row.column("user_id").get(UUID.class)));
    }

    /**
     * Takes the graph's writer lock first (transaction-scoped, see {@link #lockGraph}), so the number read here
     * stays the maximum until this unit of work ends: concurrent new versions of one graph queue up instead of
     * colliding on the version key.
     */
    @Override
    public OptionalInt maxVersion(UUID graphId) {
        return jdbc.call(c -> {
            lockGraph(c, graphId);
            try (PreparedStatement ps = c.prepareStatement(MAX_VERSION)) {
                ps.setObject(1, graphId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int max = rs.getInt(1);
                    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(max);
                }
            }
        });
    }

    /** A transaction-scoped advisory lock per graph id that serializes writers of one graph. */
    private static void lockGraph(Connection c, UUID graphId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK_GRAPH)) {
            ps.setString(1, graphId.toString());
            ps.execute();
        }
    }

    @Override
    public List<GraphVersionInfo> listVersions(UUID graphId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(LIST_VERSIONS)) {
                ps.setObject(1, graphId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<GraphVersionInfo> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new GraphVersionInfo(rs.getInt("version"), rs.getBoolean("is_active"),
                                JsonColumns.instant(rs, "created_at")));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public boolean setActiveVersion(UUID graphId, int version, Instant now) {
        return retryOnVersionRace(() -> jdbc.atomically(c -> {
            lockGraph(c, graphId);
            try (PreparedStatement ps = c.prepareStatement(DEACTIVATE_IF_VERSION_EXISTS)) {
                setInstant(ps, 1, now);
                ps.setObject(2, graphId);
                ps.setObject(3, graphId);
                ps.setInt(4, version);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(ACTIVATE)) {
                ps.setObject(1, graphId);
                ps.setInt(2, version);
                return ps.executeUpdate() == 1;
            }
        }));
    }

    @Override
    public boolean delete(UUID graphId) {
        return jdbc.db(db -> db.delete("DELETE FROM graphs WHERE id = ?::uuid", graphId)) > 0;
    }

    @Override
    public Page<GraphSummary> listByOwner(UUID userId, PageRequest page) {
        return new GraphSummaryQuery(jdbc).page(userId, page);
    }

    @Override
    public long countByOwner(UUID userId) {
        return jdbc.db(db -> db.get("SELECT count(*) AS n FROM graphs WHERE user_id = ?::uuid AND is_active", userId)
                .map(row -> row.column("n").get(Long.class))
                .orElse(0L));
    }
}
