package dev.agentdata.application.service.graph;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/**
 * The one place that decides what an actor may do with a graph: owners may do everything, anyone may read and
 * execute a {@link SharedGraphVersions shared} version. Whatever is not allowed is reported as not found. Every read
 * names an owner: the actor's own graph first, and only when the actor has none, the shared one through its owner.
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
        if (!graphs.exists(actor.userId(), graphId)) {
            throw notFound(graphId);
        }
    }

    /** The active version of the actor's own graph. */
    public Graph ownActive(UserContext actor, UUID graphId) {
        return graphs.findActive(actor.userId(), graphId).orElseThrow(() -> notFound(graphId));
    }

    /** A version the actor may read: one of their own, or a shared one. */
    public Graph readableVersion(UserContext actor, UUID graphId, int version) {
        return graphs.findVersion(actor.userId(), graphId, version)
                .or(() -> shared.sharedBy(graphId, version).filter(owner -> !owner.equals(actor.userId()))
                        .flatMap(owner -> graphs.findVersion(owner, graphId, version)))
                .orElseThrow(() -> new NotFoundException("graph version", graphId + " v" + version));
    }

    /** The version the actor may execute: the given one, or the active one when none is given. */
    public Graph executableVersion(UserContext actor, UUID graphId, OptionalInt version) {
        if (version.isPresent()) {
            return readableVersion(actor, graphId, version.getAsInt());
        }
        return graphs.findActive(actor.userId(), graphId)
                .or(() -> shared.find(graphId).filter(s -> !s.ownerId().equals(actor.userId()))
                        .flatMap(s -> graphs.findActive(s.ownerId(), graphId).filter(g -> s.shares(g.version()))))
                .orElseThrow(() -> notFound(graphId));
    }

    /**
     * The immutable content of the version a run executes ({@code runner} started it): the runner's own graph, or,
     * for a run of another user's shared graph, that graph through its owner (whether or not the version is still
     * shared: the run was allowed when it started).
     */
    public Optional<Graph> versionOfRun(UUID runner, UUID graphId, int version) {
        return graphs.findVersionContent(runner, graphId, version)
                .or(() -> shared.find(graphId).map(SharedGraph::ownerId).filter(owner -> !owner.equals(runner))
                        .flatMap(owner -> graphs.findVersionContent(owner, graphId, version)));
    }

    private static NotFoundException notFound(UUID graphId) {
        return new NotFoundException("graph", graphId);
    }
}
