package dev.agentdata.adapter.postgres.graph;

import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * Graph versions in {@code graphs} (keyed by id and version), nodes and links in their own tables. Two
 * writers racing for the same new version number collide on the primary key; that is reported as retryable
 * so the unit of work runs again and picks the next number.
 */
public final class PostgresGraphRepository implements GraphRepository {
    private static final String SELECT_VERSION = "SELECT " + GraphRows.GRAPH_COLUMNS + " FROM graphs WHERE id = ? AND version = ?";
    private static final String SELECT_ACTIVE = "SELECT " + GraphRows.GRAPH_COLUMNS + " FROM graphs WHERE id = ? AND is_active";
    private static final String DEACTIVATE_ALL = "UPDATE graphs SET is_active = false, updated_at = ? WHERE id = ?";
    private static final String DEACTIVATE_IF_VERSION_EXISTS = "UPDATE graphs SET is_active = false, updated_at = ? "
            + "WHERE id = ? AND EXISTS (SELECT 1 FROM graphs v WHERE v.id = ? AND v.version = ?)";
    private static final String ACTIVATE = "UPDATE graphs SET is_active = true WHERE id = ? AND version = ?";
    private static final String LIST_VERSIONS = "SELECT version, is_active, created_at FROM graphs WHERE id = ? ORDER BY version DESC";

    private final Jdbc jdbc;

    public PostgresGraphRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertVersion(Graph graph) {
        try {
            jdbc.atomically(c -> {
                try (PreparedStatement ps = c.prepareStatement(DEACTIVATE_ALL)) {
                    setInstant(ps, 1, graph.updatedAt());
                    ps.setObject(2, graph.id());
                    ps.executeUpdate();
                }
                GraphRows.insert(c, graph);
                return null;
            });
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

    private Optional<Graph> findOne(String sql, UUID graphId, Integer version) {
        return jdbc.call(c -> {
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

    @Override
    public OptionalInt maxVersion(UUID graphId) {
        return jdbc.db(db -> db.get("SELECT max(version) AS v FROM graphs WHERE id = ?::uuid", graphId)
                .map(row -> row.column("v").get(Integer.class))
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty()));
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
        return jdbc.atomically(c -> {
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
        });
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
