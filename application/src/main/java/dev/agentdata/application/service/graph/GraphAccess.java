package dev.agentdata.application.service.graph;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/**
 * The one place that decides what an actor may do with a graph: owners may do everything, anyone may read and
 * execute a {@link SharedGraphVersions shared} version. Whatever is not allowed is reported as not found.
 */
public final class GraphAccess {
    private final GraphRepository graphs;
    private final SharedGraphVersions shared;

    public GraphAccess(GraphRepository graphs) {
        this(graphs, SharedGraphVersions.NONE);
    }

    public GraphAccess(GraphRepository graphs, SharedGraphVersions shared) {
        this.graphs = Objects.requireNonNull(graphs, "graphs");
        this.shared = Objects.requireNonNull(shared, "shared");
    }

    /** Returns normally when the actor owns the graph; otherwise (or when it does not exist) not found. */
    public void requireOwner(UserContext actor, UUID graphId) {
        graphs.findOwner(graphId).filter(actor.userId()::equals).orElseThrow(() -> notFound(graphId));
    }

    /** The active version of the actor's own graph. */
    public Graph ownActive(UserContext actor, UUID graphId) {
        return graphs.findActive(graphId).filter(g -> g.userId().equals(actor.userId()))
                .orElseThrow(() -> notFound(graphId));
    }

    /** A version the actor may read: one of their own, or a shared one. */
    public Graph readableVersion(UserContext actor, UUID graphId, int version) {
        return graphs.findVersion(graphId, version).filter(g -> mayUse(actor, g))
                .orElseThrow(() -> new NotFoundException("graph version", graphId + " v" + version));
    }

    /** The version the actor may execute: the given one, or the active one when none is given. */
    public Graph executableVersion(UserContext actor, UUID graphId, OptionalInt version) {
        if (version.isPresent()) {
            return readableVersion(actor, graphId, version.getAsInt());
        }
        return graphs.findActive(graphId).filter(g -> mayUse(actor, g)).orElseThrow(() -> notFound(graphId));
    }

    /**
     * The active version the actor may execute as last seen (possibly from memory, possibly outdated): for a start
     * whose insert re-checks that the version is still active, and otherwise asks {@link #executableVersion}.
     */
    public Graph executableActiveHint(UserContext actor, UUID graphId) {
        return graphs.findActiveHint(graphId).filter(g -> mayUse(actor, g))
                .orElseGet(() -> executableVersion(actor, graphId, OptionalInt.empty()));
    }

    private boolean mayUse(UserContext actor, Graph g) {
        return g.userId().equals(actor.userId()) || shared.isShared(g.id(), g.version());
    }

    private static NotFoundException notFound(UUID graphId) {
        return new NotFoundException("graph", graphId);
    }
}
