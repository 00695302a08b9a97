package dev.agentdata.application.service.graph;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.application.port.in.graph.CreateGraphUseCase;
import dev.agentdata.application.port.in.graph.DeleteGraphUseCase;
import dev.agentdata.application.port.in.graph.GraphInput;
import dev.agentdata.application.port.in.graph.SetActiveVersionUseCase;
import dev.agentdata.application.port.in.graph.UpdateGraphUseCase;
import dev.agentdata.application.port.out.BlockCatalog;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.service.Timestamps;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphContent;
import dev.agentdata.domain.user.UserContext;

/** Changes to graphs: create, new version, active version, delete; each in one unit of work. */
public final class GraphCommandService implements CreateGraphUseCase, UpdateGraphUseCase, SetActiveVersionUseCase,
        DeleteGraphUseCase {
    private final GraphRepository graphs;
    private final BlockCatalog blocks;
    private final GraphAccess access;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final GraphDeletionGuard deletionGuard;

    public GraphCommandService(GraphRepository graphs, BlockCatalog blocks, GraphAccess access,
                               Transactions transactions, IdGenerator ids, Clock clock) {
        this(graphs, blocks, access, transactions, ids, clock, GraphDeletionGuard.NONE);
    }

    public GraphCommandService(GraphRepository graphs, BlockCatalog blocks, GraphAccess access,
                               Transactions transactions, IdGenerator ids, Clock clock,
                               GraphDeletionGuard deletionGuard) {
        this.graphs = Objects.requireNonNull(graphs, "graphs");
        this.blocks = Objects.requireNonNull(blocks, "blocks");
        this.access = Objects.requireNonNull(access, "access");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deletionGuard = Objects.requireNonNull(deletionGuard, "deletionGuard");
    }

    @Override
    public Graph create(UserContext actor, GraphInput input) {
        GraphContent content = GraphContents.validated(input, ids, blocks::find);
        Instant now = Timestamps.of(clock);
        Graph graph = new Graph(ids.newId(), 1, true, actor.userId(), now, now, content);
        transactions.run(() -> graphs.insertVersion(graph));
        return graph;
    }

    @Override
    public Graph update(UserContext actor, UUID graphId, GraphInput input) {
        GraphContent content = GraphContents.validated(input, ids, blocks::find);
        return transactions.inTransaction(() -> {
            int next = graphs.maxVersion(actor.userId(), graphId)
                    .orElseThrow(() -> new NotFoundException("graph", graphId)) + 1;
            Instant now = Timestamps.of(clock);
            Graph graph = new Graph(graphId, next, true, actor.userId(), now, now, content);
            graphs.insertVersion(graph);
            return graph;
        });
    }

    @Override
    public Graph setActiveVersion(UserContext actor, UUID graphId, int version) {
        return transactions.inTransaction(() -> {
            access.requireOwner(actor, graphId);
            if (!graphs.setActiveVersion(actor.userId(), graphId, version, Timestamps.of(clock))) {
                throw new NotFoundException("graph version", graphId + " v" + version);
            }
            return graphs.findActive(actor.userId(), graphId).orElseThrow(() -> new NotFoundException("graph", graphId));
        });
    }

    @Override
    public void delete(UserContext actor, UUID graphId) {
        transactions.run(() -> {
            access.requireOwner(actor, graphId);
            deletionGuard.ensureDeletable(graphId);
            graphs.delete(actor.userId(), graphId);
        });
    }
}
