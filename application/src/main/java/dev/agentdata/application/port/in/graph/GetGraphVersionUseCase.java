package dev.agentdata.application.port.in.graph;

import java.util.UUID;

import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/** Reads one version of the actor's graph, or of an approved store listing's active version. */
public interface GetGraphVersionUseCase {
    Graph getVersion(UserContext actor, UUID graphId, int version);
}
