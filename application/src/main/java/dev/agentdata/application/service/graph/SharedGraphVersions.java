package dev.agentdata.application.service.graph;

import java.util.Optional;
import java.util.UUID;

/**
 * Graph versions that anyone may read and execute, not only their owner (e.g. approved store listings), with the
 * owner through whom every read of them goes: each graph query names an owner.
 */
@FunctionalInterface
public interface SharedGraphVersions {
    /** Nothing is shared: only owners see their graphs. */
    SharedGraphVersions NONE = graphId -> Optional.empty();

    /**
     * The graph's owner and the versions of it that anyone may use, when the graph is offered to others at all (for
     * the store: it has a listing, approved or not); empty otherwise. The owner is known even while no version is
     * shared, so that runs others started while one was still reach the graph.
     */
    Optional<SharedGraph> find(UUID graphId);

    /** The owner of the graph when its version {@code version} is shared; empty when it is not. */
    default Optional<UUID> sharedBy(UUID graphId, int version) {
        return find(graphId).filter(s -> s.shares(version)).map(SharedGraph::ownerId);
    }
}
