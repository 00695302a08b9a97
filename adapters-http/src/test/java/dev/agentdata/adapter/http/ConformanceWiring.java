package dev.agentdata.adapter.http;

import java.time.Clock;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.InMemoryTransactions;
import dev.agentdata.adapter.memory.apikey.InMemoryApiKeyRepository;
import dev.agentdata.adapter.memory.block.StaticBlockCatalog;
import dev.agentdata.adapter.memory.credit.InMemoryCreditLedger;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.graph.InMemoryGraphRepository;
import dev.agentdata.adapter.memory.store.InMemoryStoreRepository;
import dev.agentdata.adapter.memory.user.InMemoryUserRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.SecretGenerator;
import dev.agentdata.application.service.apikey.AuthenticateApiKeyService;
import dev.agentdata.application.service.apikey.CreateApiKeyService;
import dev.agentdata.application.service.apikey.ListApiKeysService;
import dev.agentdata.application.service.apikey.RevokeApiKeyService;
import dev.agentdata.application.service.block.ListBlocksService;
import dev.agentdata.application.service.credit.CreditCharger;
import dev.agentdata.application.service.credit.GetAutoTopUpService;
import dev.agentdata.application.service.credit.GetBalanceService;
import dev.agentdata.application.service.credit.GrantCreditsService;
import dev.agentdata.application.service.credit.ListTransactionsService;
import dev.agentdata.application.service.credit.SetAutoTopUpService;
import dev.agentdata.application.service.credit.TopUpService;
import dev.agentdata.application.service.execution.ExecutionQueryService;
import dev.agentdata.application.service.execution.ExecutionTransitionService;
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
import dev.agentdata.application.service.store.SearchListingsService;
import dev.agentdata.application.service.store.SubmitToStoreService;
import dev.agentdata.application.service.user.UserService;

/** Every real service on one memory storage, node costs charged to credits: bootstrap's wiring, for the HTTP tests. */
final class ConformanceWiring {
    private ConformanceWiring() {
    }

    static HttpApi api() {
        Clock clock = Clock.systemUTC();
        IdGenerator ids = UUID::randomUUID;
        InMemoryDatabase db = new InMemoryDatabase();
        InMemoryTransactions tx = new InMemoryTransactions(db);
        InMemoryGraphRepository graphs = new InMemoryGraphRepository(db);
        InMemoryExecutionRepository executions = new InMemoryExecutionRepository(db);
        InMemoryUserRepository userRepo = new InMemoryUserRepository(db);
        InMemoryCreditLedger credits = new InMemoryCreditLedger(db);
        InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository(db);
        InMemoryStoreRepository store = new InMemoryStoreRepository(db);
        StaticBlockCatalog blocks = new StaticBlockCatalog();
        ListedGraphs listed = new ListedGraphs(store);
        GraphAccess access = new GraphAccess(graphs, listed);
        UserService users = new UserService(userRepo, tx, clock);
        GraphCommandService graphCommands = new GraphCommandService(graphs, blocks, access, tx, ids, clock, listed);
        GraphQueryService graphQueries = new GraphQueryService(graphs, access);
        ExecutionTransitionService transitions = new ExecutionTransitionService(executions, tx, clock);
        NodeExecutionService nodes = new NodeExecutionService(executions, graphs, tx,
                new CreditCharger(credits, ids, clock), ids, clock);
        ExecutionQueryService executionQueries = new ExecutionQueryService(executions, tx);
        HttpUseCases useCases = HttpUseCases.builder()
                .getOrCreateUser(users).getUser(users).updateProfile(users).updatePreferences(users)
                .listBlocks(new ListBlocksService(blocks))
                .createGraph(graphCommands).updateGraph(graphCommands).setActiveVersion(graphCommands)
                .deleteGraph(graphCommands)
                .getGraph(graphQueries).getGraphVersion(graphQueries).listGraphVersions(graphQueries)
                .listGraphs(graphQueries)
                .startExecution(new StartExecutionService(executions, access, blocks, tx, ids, clock))
                .listExecutions(executionQueries).getExecution(executionQueries)
                .transitionExecution(transitions).cancelExecution(transitions)
                .addNodeExecution(nodes).transitionNodeExecution(nodes)
                .submitToStore(new SubmitToStoreService(store, graphs, tx, ids, clock))
                .listMySubmissions(new ListMySubmissionsService(store, tx))
                .listSubmissionsForReview(new ListSubmissionsForReviewService(store, tx))
                .reviewSubmission(new ReviewSubmissionService(store, tx, clock))
                .searchListings(new SearchListingsService(store, tx))
                .getListing(new GetListingService(store, tx))
                .reviewListing(new ReviewListingService(store, tx, ids, clock))
                .getBalance(new GetBalanceService(credits))
                .topUp(new TopUpService(credits, tx, ids, clock))
                .listTransactions(new ListTransactionsService(credits))
                .getAutoTopUp(new GetAutoTopUpService(credits))
                .setAutoTopUp(new SetAutoTopUpService(credits, tx))
                .grantCredits(new GrantCreditsService(credits, userRepo, tx, ids, clock))
                .createApiKey(new CreateApiKeyService(keys, tx, SecretGenerator.secureRandom(), ids, clock))
                .listApiKeys(new ListApiKeysService(keys))
                .revokeApiKey(new RevokeApiKeyService(keys, tx, clock))
                .authenticateApiKey(new AuthenticateApiKeyService(keys, tx, clock))
                .build();
        return new HttpApi(new HttpSettings(Tokens.SECRET, HttpSettings.DEFAULT_MAX_PAYLOAD_BYTES, clock), useCases);
    }
}
