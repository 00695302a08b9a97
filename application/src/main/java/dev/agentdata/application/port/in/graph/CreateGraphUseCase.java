package dev.agentdata.application.port.in.graph;

import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.user.UserContext;

/** Validates and stores version 1 of a new graph owned by the actor (ValidationException lists every violation). */
public interface CreateGraphUseCase {
    Graph create(UserContext actor, GraphInput input);
}
