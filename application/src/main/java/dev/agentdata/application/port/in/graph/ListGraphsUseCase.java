package dev.agentdata.application.port.in.graph;

import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.user.UserContext;

/** Pages through the actor's graphs with execution statistics. */
public interface ListGraphsUseCase {
    Page<GraphSummary> list(UserContext actor, PageRequest page);
}
