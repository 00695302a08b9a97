package dev.agentdata.application.port.in.graph;

import java.util.UUID;

import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/** Makes an existing version the active one and returns it. */
public interface SetActiveVersionUseCase {
    Graph setActiveVersion(UserContext actor, UUID graphId, int version);
}
