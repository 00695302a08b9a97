package dev.agentdata.application.service.graph;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiFunction;

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
        return graphs.findActive(actor.userId(), graphId).or(() -> sharedActive(actor, graphId, graphs::findActive))
                .orElseThrow(() -> notFound(graphId));
    }

    /**
     * The active version the actor may execute as last seen (possibly from memory, possibly outdated): for a start
     * whose insert re-checks that the version is still active, and otherwise asks {@link #executableVersion}.
     */
    public Graph executableActiveHint(UserContext actor, UUID graphId) {
        return graphs.findActiveHint(actor.userId(), graphId)
                .or(() -> sharedActive(actor, graphId, graphs::findActiveHint))
                .orElseGet(() -> executableVersion(actor, graphId, OptionalInt.empty()));
    }

    /** Another user's active version, read through its owner with {@code active}, when that version is shared. */
    private Optional<Graph> sharedActive(UserContext actor, UUID graphId,
                                         BiFunction<UUID, UUID, Optional<Graph>> active) {
        return shared.find(graphId).filter(s -> !s.ownerId().equals(actor.userId()))
                .flatMap(s -> active.apply(s.ownerId(), graphId).filter(g -> s.shares(g.version())));
    }

    private static NotFoundException notFound(UUID graphId) {
        return new NotFoundException("graph", graphId);
    }
}
