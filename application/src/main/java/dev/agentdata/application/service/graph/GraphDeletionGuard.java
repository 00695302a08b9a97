package dev.agentdata.application.service.graph;

import java.util.UUID;

/** A rule that may forbid deleting a graph (e.g. the store: a graph with a listing); it throws to forbid. */
@FunctionalInterface
public interface GraphDeletionGuard {
    /** Every graph may be deleted. */
    GraphDeletionGuard NONE = graphId -> {
    };

    /** @throws dev.agentdata.domain.common.ConflictException when the graph must not be deleted */
    void ensureDeletable(UUID graphId);
}
