package dev.agentdata.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;

/**
 * Versioned graphs. A version never changes once stored; only which version is active does. Every lookup and change
 * of a graph names its owner: another user's graph reads as absent (docs/scaling.md, queries that change).
 */
public interface GraphRepository {
    /**
     * Stores a new version (nodes and links included) and makes it the graph's only active version;
     * the graph's {@code updated_at} becomes {@code graph.updatedAt()}.
     */
    void insertVersion(Graph graph);

    /** The owner's version; empty when it does not exist or the graph is another user's. */
    Optional<Graph> findVersion(UUID userId, UUID graphId, int version);

    /**
     * The owner's version for callers that use only what never changes (its nodes and links, its owner): its
     * {@code active} flag and {@code updated_at} may be outdated, so a cache may answer without asking the database.
     */
    default Optional<Graph> findVersionContent(UUID userId, UUID graphId, int version) {
        return findVersion(userId, graphId, version);
    }

    /**
     * The version's mutable part ({@code active}, the graph's {@code updated_at}), empty when the owner has no such
     * version (any more): the re-check behind a cache of versions, which another server's write may have outdated.
     */
    default Optional<GraphVersionState> findVersionState(UUID userId, UUID graphId, int version) {
        return findVersion(userId, graphId, version).map(g -> new GraphVersionState(g.active(), g.updatedAt()));
    }

    /** The active version of the owner's graph; empty when the graph does not exist or is another user's. */
    Optional<Graph> findActive(UUID userId, UUID graphId);

    /**
     * The active version's number and the graph's {@code updated_at}, read fresh (storages with a cheaper way than
     * reading the whole version override it), so that a cache of immutable versions can answer {@link #findActive}.
     */
    default Optional<ActiveVersion> findActiveVersion(UUID userId, UUID graphId) {
        return findActive(userId, graphId).map(g -> new ActiveVersion(g.version(), g.updatedAt()));
    }

    /**
     * The owner's version that was active when last seen, for a caller whose write re-checks that it still is (an
     * execution's insert, {@link ExecutionRepository#createWhileActive}): a cache may answer from memory, so it may be
     * outdated by another server's activation or delete. Empty for another user's graph. By default the fresh
     * {@link #findActive}.
     */
    default Optional<Graph> findActiveHint(UUID userId, UUID graphId) {
        return findActive(userId, graphId);
    }

    /** Whether the owner has the graph (false for another user's graph). */
    boolean exists(UUID userId, UUID graphId);

    /** Highest version number of the owner's graph, empty when the owner has no such graph. */
    OptionalInt maxVersion(UUID userId, UUID graphId);

    /** Newest first. Empty when the owner has no such graph. */
    List<GraphVersionInfo> listVersions(UUID userId, UUID graphId);

    /**
     * Makes {@code version} the only active version; false (and nothing changes) when the owner's graph has no such
     * version or the graph is another user's.
     */
    boolean setActiveVersion(UUID userId, UUID graphId, int version, Instant now);

    /**
     * Deletes every version of the owner's graph and all of its executions; false (and nothing is deleted) when the
     * owner has no such graph.
     */
    boolean delete(UUID userId, UUID graphId);

    /**
     * The owner's graphs (active version each) with execution statistics, newest-updated first
     * ({@code updated_at} then id, both descending).
     */
    Page<GraphSummary> listByOwner(UUID userId, PageRequest page);

    long countByOwner(UUID userId);
}
