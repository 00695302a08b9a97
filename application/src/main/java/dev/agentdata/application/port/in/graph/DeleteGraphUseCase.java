package dev.agentdata.application.port.in.graph;

import java.util.UUID;

import dev.agentdata.domain.user.UserContext;

/** Deletes a graph with every version and execution; a graph with a store listing is a conflict. */
public interface DeleteGraphUseCase {
    void delete(UserContext actor, UUID graphId);
}
