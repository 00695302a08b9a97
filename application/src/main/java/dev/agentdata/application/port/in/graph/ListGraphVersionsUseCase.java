package dev.agentdata.application.port.in.graph;

import java.util.List;
import java.util.UUID;

import dev.agentdata.domain.graph.GraphVersionInfo;
import dev.agentdata.domain.user.UserContext;

/** Lists a graph's versions, newest first. */
public interface ListGraphVersionsUseCase {
    List<GraphVersionInfo> listVersions(UserContext actor, UUID graphId);
}
