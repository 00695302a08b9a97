package dev.agentdata.application.service.graph;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.in.graph.GetGraphUseCase;
import dev.agentdata.application.port.in.graph.GetGraphVersionUseCase;
import dev.agentdata.application.port.in.graph.ListGraphVersionsUseCase;
import dev.agentdata.application.port.in.graph.ListGraphsUseCase;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;
import dev.agentdata.domain.user.UserContext;

/** Reads of graphs: the active version, one version, the version history and the actor's graph list. */
public final class GraphQueryService implements GetGraphUseCase, GetGraphVersionUseCase, ListGraphVersionsUseCase,
        ListGraphsUseCase {
    private final GraphRepository graphs;
    private final GraphAccess access;

    public GraphQueryService(GraphRepository graphs, GraphAccess access) {
        this.graphs = Objects.requireNonNull(graphs, "graphs");
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public Graph getActive(UserContext actor, UUID graphId) {
        return access.ownActive(actor, graphId);
    }

    @Override
    public Graph getVersion(UserContext actor, UUID graphId, int version) {
        return access.readableVersion(actor, graphId, version);
    }

    @Override
    public List<GraphVersionInfo> listVersions(UserContext actor, UUID graphId) {
        List<GraphVersionInfo> versions = graphs.listVersions(actor.userId(), graphId);
        if (versions.isEmpty()) {
            throw new NotFoundException("graph", graphId);
        }
        return versions;
    }

    @Override
    public Page<GraphSummary> list(UserContext actor, PageRequest page) {
        Page<GraphSummary> result = graphs.listByOwner(actor.userId(), page);
        return page.includeTotal() ? result.withTotal(graphs.countByOwner(actor.userId())) : result;
    }
}
