package dev.agentdata.application.port.in.graph;

import java.util.UUID;

import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/** Reads the active version of the actor's graph. */
public interface GetGraphUseCase {
    Graph getActive(UserContext actor, UUID graphId);
}
