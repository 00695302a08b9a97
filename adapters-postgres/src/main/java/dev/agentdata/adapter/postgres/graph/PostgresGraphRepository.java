package dev.agentdata.adapter.postgres.graph;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.application.port.out.ActiveVersion;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.GraphVersionState;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;

/**
 * Graph versions in {@code graphs} (keyed by id and version), nodes and links in their own tables; version
 * writes go through {@link GraphVersionWrites}, which serializes the writers of one graph.
 */
public final class PostgresGraphRepository implements GraphRepository {
    private final UnitOfWorkConnections jdbc;
    private final GraphRows rows;
    private final GraphVersionWrites writes;
    private final GraphSummaryQuery summaries;
    private final String selectVersion;
    private final String selectActive;
    private final String selectActiveVersion;
    private final String listVersions;
    private final String selectVersionState;
    private final String exists;
    private final String delete;
    private final String countByOwner;

    public PostgresGraphRepository(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.rows = new GraphRows(schema);
        this.writes = new GraphVersionWrites(jdbc, schema, rows);
        this.summaries = new GraphSummaryQuery(jdbc, schema);
        // user_id first in every statement: the owner's rows only, the shard a distributed database would route to
        this.selectVersion = schema.sql("SELECT " + GraphRows.GRAPH_COLUMNS
                + " FROM {schema}.graphs WHERE user_id = ? AND id = ? AND version = ?");
        this.selectActive = schema.sql("SELECT " + GraphRows.GRAPH_COLUMNS
                + " FROM {schema}.graphs WHERE user_id = ? AND id = ? AND is_active");
        this.selectVersionState = schema.sql("SELECT is_active, updated_at FROM {schema}.graphs"
                + " WHERE user_id = ? AND id = ? AND version = ?");
        this.selectActiveVersion = schema.sql("SELECT version, updated_at FROM {schema}.graphs"
                + " WHERE user_id = ? AND id = ? AND is_active");
        this.listVersions = schema.sql("SELECT version, is_active, created_at FROM {schema}.graphs"
                + " WHERE user_id = ? AND id = ? ORDER BY version DESC");
        this.exists = schema.sql("SELECT 1 FROM {schema}.graphs WHERE user_id = ?::uuid AND id = ?::uuid LIMIT 1");
        this.delete = schema.sql("DELETE FROM {schema}.graphs WHERE user_id = ?::uuid AND id = ?::uuid");
        this.countByOwner = schema.sql("SELECT count(*) AS n FROM {schema}.graphs WHERE user_id = ?::uuid AND is_active");
    }

    @Override
    public void insertVersion(Graph graph) {
        writes.insertVersion(graph);
    }

    @Override
    public Optional<Graph> findVersion(UUID userId, UUID graphId, int version) {
        return findOne(selectVersion, userId, graphId, version);
    }

    @Override
    public Optional<Graph> findActive(UUID userId, UUID graphId) {
        return findOne(selectActive, userId, graphId, null);
    }

    /** One statement (in autocommit outside a unit of work): the caching decorator adds the version's content. */
    @Override
    public Optional<ActiveVersion> findActiveVersion(UUID userId, UUID graphId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(selectActiveVersion)) {
                ps.setObject(1, userId);
                ps.setObject(2, graphId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new ActiveVersion(rs.getInt("version"),
                            JsonColumns.instant(rs, "updated_at"))) : Optional.<ActiveVersion>empty();
                }
            }
        });
    }

    /** The version row, its nodes and its links from one snapshot, so a concurrent delete cannot tear them apart. */
    private Optional<Graph> findOne(String statement, UUID userId, UUID graphId, Integer version) {
        return jdbc.snapshot(c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setObject(1, userId);
                ps.setObject(2, graphId);
                if (version != null) {
                    ps.setInt(3, version);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rows.read(c, rs)) : Optional.<Graph>empty();
                }
            }
        });
    }

    @Override
    public Optional<GraphVersionState> findVersionState(UUID userId, UUID graphId, int version) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(selectVersionState)) {
                ps.setObject(1, userId);
                ps.setObject(2, graphId);
                ps.setInt(3, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new GraphVersionState(rs.getBoolean("is_active"),
                            JsonColumns.instant(rs, "updated_at"))) : Optional.<GraphVersionState>empty();
                }
            }
        });
    }

    @Override
    public boolean exists(UUID userId, UUID graphId) {
        return jdbc.db(db -> db.get(exists, userId, graphId)).isPresent();
    }

    @Override
    public OptionalInt maxVersion(UUID userId, UUID graphId) {
        return writes.maxVersion(userId, graphId);
    }

    @Override
    public List<GraphVersionInfo> listVersions(UUID userId, UUID graphId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(listVersions)) {
                ps.setObject(1, userId);
                ps.setObject(2, graphId);
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
    public boolean setActiveVersion(UUID userId, UUID graphId, int version, Instant now) {
        return writes.setActiveVersion(userId, graphId, version, now);
    }

    @Override
    public boolean delete(UUID userId, UUID graphId) {
        return jdbc.db(db -> db.delete(delete, userId, graphId)) > 0;
    }

    @Override
    public Page<GraphSummary> listByOwner(UUID userId, PageRequest page) {
        return summaries.page(userId, page);
    }

    @Override
    public long countByOwner(UUID userId) {
        return jdbc.db(db -> db.get(countByOwner, userId)
                .map(row -> row.column("n").get(Long.class))
                .orElse(0L));
    }
}
