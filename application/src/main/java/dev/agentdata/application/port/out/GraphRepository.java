package dev.agentdata.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;

/** Versioned graphs. A version never changes once stored; only which version is active does. */
public interface GraphRepository {
    /**
     * Stores a new version (nodes and links included) and makes it the graph's only active version;
     * the graph's {@code updated_at} becomes {@code graph.updatedAt()}.
     */
    void insertVersion(Graph graph);

    Optional<Graph> findVersion(UUID graphId, int version);

    /**
     * The version for callers that use only what never changes (its nodes and links, its owner): its {@code active}
     * flag and {@code updated_at} may be outdated, so a cache may answer without asking the database.
     */
    default Optional<Graph> findVersionContent(UUID graphId, int version) {
        return findVersion(graphId, version);
    }

    /**
     * The version's mutable part ({@code active}, the graph's {@code updated_at}), empty when the version does not
     * exist (any more): the re-check behind a cache of versions, which another server's write may have outdated.
     */
    default Optional<GraphVersionState> findVersionState(UUID graphId, int version) {
        return findVersion(graphId, version).map(g -> new GraphVersionState(g.active(), g.updatedAt()));
    }

    Optional<Graph> findActive(UUID graphId);

    /**
     * The active version's number and the graph's {@code updated_at}, read fresh (storages with a cheaper way than
     * reading the whole version override it), so that a cache of immutable versions can answer {@link #findActive}.
     */
    default Optional<ActiveVersion> findActiveVersion(UUID graphId) {
        return findActive(graphId).map(g -> new ActiveVersion(g.version(), g.updatedAt()));
    }

    /**
     * The version that was active when last seen, for a caller whose write re-checks that it still is (an execution's
     * insert, {@link ExecutionRepository#createWhileActive}): a cache may answer from memory, so it may be outdated
     * by another server's activation or delete. By default the fresh {@link #findActive}.
     */
    default Optional<Graph> findActiveHint(UUID graphId) {
        return findActive(graphId);
    }

    /** The owner of the graph, if the graph exists. */
    Optional<UUID> findOwner(UUID graphId);

    /** Highest version number the graph has, empty when the graph does not exist. */
    OptionalInt maxVersion(UUID graphId);

    /** Newest first. Empty when the graph does not exist. */
    List<GraphVersionInfo> listVersions(UUID graphId);

    /** Makes {@code version} the only active version; false when the graph has no such version. */
    boolean setActiveVersion(UUID graphId, int version, Instant now);

    /** Deletes every version of the graph and all of its executions; false when it did not exist. */
    boolean delete(UUID graphId);

    /**
     * The owner's graphs (active version each) with execution statistics, newest-updated first
     * ({@code updated_at} then id, both descending).
     */
    Page<GraphSummary> listByOwner(UUID userId, PageRequest page);

    long countByOwner(UUID userId);
}
