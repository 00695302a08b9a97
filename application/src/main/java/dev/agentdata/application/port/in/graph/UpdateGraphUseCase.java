package dev.agentdata.application.port.in.graph;

import java.util.UUID;

import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/** Stores a new version (max + 1) of the actor's graph and makes it active. */
public interface UpdateGraphUseCase {
    Graph update(UserContext actor, UUID graphId, GraphInput input);
}
