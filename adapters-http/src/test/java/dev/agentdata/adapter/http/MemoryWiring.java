package dev.agentdata.adapter.http;

import java.time.Clock;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.block.StaticBlockCatalog;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.store.InMemoryStoreRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.service.block.ListBlocksService;
import dev.agentdata.application.service.execution.ExecutionQueryService;
import dev.agentdata.application.service.execution.ExecutionTransitionService;
import dev.agentdata.application.service.execution.NodeCostCharger;
import dev.agentdata.application.service.execution.NodeExecutionService;
import dev.agentdata.application.service.execution.StartExecutionService;
import dev.agentdata.application.service.graph.GraphAccess;
import dev.agentdata.application.service.graph.GraphCommandService;
import dev.agentdata.application.service.graph.GraphQueryService;
import dev.agentdata.application.service.store.GetListingService;
import dev.agentdata.application.service.store.ListMySubmissionsService;
import dev.agentdata.application.service.store.ListSubmissionsForReviewService;
import dev.agentdata.application.service.store.ListedGraphs;
import dev.agentdata.application.service.store.ReviewListingService;
import dev.agentdata.application.service.store.ReviewSubmissionService;
import dev.agentdata.application.service.store.EditSubmissionService;
import dev.agentdata.application.service.store.DeleteSubmissionService;
import dev.agentdata.application.service.store.SearchListingsService;
import dev.agentdata.application.service.store.SubmitToStoreService;
import dev.agentdata.application.service.user.UserService;

/** The real services on the in-memory adapter, wired by hand as bootstrap does. */
final class MemoryWiring {
    private MemoryWiring() {
    }

    static HttpUseCases useCases(Clock clock) {
        IdGenerator ids = UUID::randomUUID;
        InMemoryDatabase db = new InMemoryDatabase();
        InMemoryTransactions tx = new InMemoryTransactions(db);
        InMemoryGraphRepository graphRepo = new InMemoryGraphRepository(db);
        InMemoryExecutionRepository executionRepo = new InMemoryExecutionRepository(db);
        StaticBlockCatalog blocks = new StaticBlockCatalog();
        InMemoryStoreRepository store = new InMemoryStoreRepository(db);
        ListedGraphs listed = new ListedGraphs(store);
        GraphAccess access = new GraphAccess(graphRepo, listed);
        UserService users = new UserService(new InMemoryUserRepository(db), tx, clock);
        GraphCommandService graphCommands = new GraphCommandService(graphRepo, blocks, access, tx, ids, clock, listed);
        GraphQueryService graphQueries = new GraphQueryService(graphRepo, access);
        ExecutionTransitionService transitions = new ExecutionTransitionService(executionRepo, tx, clock);
        NodeExecutionService nodes = new NodeExecutionService(executionRepo, graphRepo, tx, NodeCostCharger.NONE, ids, clock);
        ExecutionQueryService executionQueries = new ExecutionQueryService(executionRepo, tx);
        return HttpUseCases.builder()
                .getOrCreateUser(users).getUser(users).updateProfile(users).updatePreferences(users)
                .listBlocks(new ListBlocksService(blocks))
                .createGraph(graphCommands).updateGraph(graphCommands).setActiveVersion(graphCommands)
                .deleteGraph(graphCommands)
                .getGraph(graphQueries).getGraphVersion(graphQueries).listGraphVersions(graphQueries)
                .listGraphs(graphQueries)
                .startExecution(new StartExecutionService(executionRepo, access, blocks, tx, ids, clock))
                .transitionExecution(transitions).cancelExecution(transitions)
                .addNodeExecution(nodes).transitionNodeExecution(nodes)
                .getExecution(executionQueries).listExecutions(executionQueries)
                .submitToStore(new SubmitToStoreService(store, graphRepo, tx, ids, clock))
                .listMySubmissions(new ListMySubmissionsService(store, tx))
                .listSubmissionsForReview(new ListSubmissionsForReviewService(store, tx))
                .reviewSubmission(new ReviewSubmissionService(store, tx, clock))
                .editSubmission(new EditSubmissionService(store, tx))
                .deleteSubmission(new DeleteSubmissionService(store, tx))
                .searchListings(new SearchListingsService(store, tx))
                .getListing(new GetListingService(store, tx))
                .reviewListing(new ReviewListingService(store, tx, ids, clock))
                .build();
    }
}
