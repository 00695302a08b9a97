package dev.agentdata.application.service.store;

import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.service.graph.GraphDeletionGuard;
import dev.agentdata.application.service.graph.SharedGraphVersions;
import dev.agentdata.domain.common.ConflictException;

/**
 * What the store means to the graph feature: the active version of a published listing is shared (anyone may read
 * and run it), and a graph with a listing cannot be deleted.
 */
public final class ListedGraphs implements SharedGraphVersions, GraphDeletionGuard {
    private final StoreRepository store;

    public ListedGraphs(StoreRepository store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public boolean isShared(UUID graphId, int version) {
        return store.isListedVersion(graphId, version);
    }

    @Override
    public void ensureDeletable(UUID graphId) {
        if (store.hasListing(graphId)) {
            throw new ConflictException("graph " + graphId + " has a store listing and cannot be deleted");
        }
    }
}
