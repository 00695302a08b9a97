package dev.agentdata.application.service.store;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.service.graph.GraphDeletionGuard;
import dev.agentdata.application.service.graph.SharedGraph;
import dev.agentdata.application.service.graph.SharedGraphVersions;
import dev.agentdata.domain.common.ConflictException;

/**
 * What the store means to the graph feature: a listed graph is offered by its listing's owner, the active version of
 * a published listing is shared (anyone may read and run it), and a graph with a listing cannot be deleted.
 */
public final class ListedGraphs implements SharedGraphVersions, GraphDeletionGuard {
    private final StoreRepository store;

    public ListedGraphs(StoreRepository store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public Optional<SharedGraph> find(UUID graphId) {
        return store.findListedGraph(graphId).map(l -> new SharedGraph(l.ownerId(),
                l.publishedVersion().isPresent() ? Set.of(l.publishedVersion().getAsInt()) : Set.of()));
    }

    @Override
    public void ensureDeletable(UUID graphId) {
        if (store.hasListing(graphId)) {
            throw new ConflictException("graph " + graphId + " has a store listing and cannot be deleted");
        }
    }
}
