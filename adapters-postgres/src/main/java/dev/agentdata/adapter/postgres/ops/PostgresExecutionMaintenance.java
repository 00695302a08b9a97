package dev.agentdata.adapter.postgres.ops;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.PrunedCounts;
import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.domain.execution.ExecutionStatus;

/**
 * {@link ExecutionMaintenance} on Postgres. Each prune batch is its own short transaction: it locks at most
 * {@code batchSize} old finished executions ({@code SKIP LOCKED}, so it never waits on live traffic) and deletes
 * them with their node executions and events, so no lock is held for longer than one batch.
 */
public final class PostgresExecutionMaintenance implements ExecutionMaintenance {
    private static final String TERMINAL = Arrays.stream(ExecutionStatus.values())
            .filter(ExecutionStatus::isTerminal).map(s -> "'" + s.wireName() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private static final String FIND_STUCK = """
            SELECT id FROM (
                (SELECT id, started_at AS since FROM {schema}.graph_executions
                  WHERE status = 'running' AND started_at < ? ORDER BY started_at LIMIT ?)
                UNION ALL
                (SELECT id, created_at AS since FROM {schema}.graph_executions
                  WHERE status = 'queued' AND created_at < ? ORDER BY created_at LIMIT ?)
            ) stuck ORDER BY since, id LIMIT ?""";
    private static final String PICK_BATCH = """
            SELECT id FROM {schema}.graph_executions
             WHERE status IN %s AND ended_at < ?
             ORDER BY ended_at LIMIT ? FOR UPDATE SKIP LOCKED""".formatted(TERMINAL);
    private static final String DELETE_NODES = "DELETE FROM {schema}.node_executions WHERE graph_execution_id = ANY (?)";
    private static final String DELETE_EVENTS = "DELETE FROM {schema}.execution_events WHERE execution_id = ANY (?)";
    private static final String DELETE_EXECUTIONS = "DELETE FROM {schema}.graph_executions WHERE id = ANY (?)"
            + " AND status IN " + TERMINAL;

    private final DataSource dataSource;
    private final String findStuck;
    private final String pickBatch;
    private final String deleteNodes;
    private final String deleteExecutions;
    private final String deleteEvents;

    public PostgresExecutionMaintenance(DataSource dataSource, SqlSchema schema) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.findStuck = schema.sql(FIND_STUCK);
        this.pickBatch = schema.sql(PICK_BATCH);
        this.deleteNodes = schema.sql(DELETE_NODES);
        this.deleteExecutions = schema.sql(DELETE_EXECUTIONS);
        this.deleteEvents = schema.sql(DELETE_EVENTS);
    }

    @Override
    public List<UUID> findStuck(Instant runningStartedBefore, Instant queuedCreatedBefore, int limit) {
        requirePositive(limit, "limit");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(findStuck)) {
            ps.setTimestamp(1, Timestamp.from(runningStartedBefore));
            ps.setInt(2, limit);
            ps.setTimestamp(3, Timestamp.from(queuedCreatedBefore));
            ps.setInt(4, limit);
            ps.setInt(5, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StorageUnavailableException("finding stuck executions failed: " + e.getMessage(), e);
        }
    }

    @Override
    public PrunedCounts pruneFinishedBatch(Instant endedBefore, int batchSize) {
        requirePositive(batchSize, "batchSize");
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                PrunedCounts counts = pruneIn(c, endedBefore, batchSize);
                c.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("pruning executions failed: " + e.getMessage(), e);
        }
    }

    private PrunedCounts pruneIn(Connection c, Instant endedBefore, int batchSize) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(pickBatch)) {
            ps.setTimestamp(1, Timestamp.from(endedBefore));
            ps.setInt(2, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        if (ids.isEmpty()) {
            return PrunedCounts.NONE;
        }
        Array idArray = c.createArrayOf("uuid", ids.toArray());
        int nodes;
        try (PreparedStatement ps = c.prepareStatement(deleteNodes)) {
            ps.setArray(1, idArray);
            nodes = ps.executeUpdate();
        }
        // the outbox has no foreign key: its events go with their execution, in the same transaction
        try (PreparedStatement ps = c.prepareStatement(deleteEvents)) {
            ps.setArray(1, idArray);
            ps.executeUpdate();
        }
        int executions;
        try (PreparedStatement ps = c.prepareStatement(deleteExecutions)) {
            ps.setArray(1, idArray);
            executions = ps.executeUpdate();
        }
        return new PrunedCounts(executions, nodes);
    }

    private static void requirePositive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + n);
        }
    }
}
