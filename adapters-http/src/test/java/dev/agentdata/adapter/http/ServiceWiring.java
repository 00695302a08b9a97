package dev.agentdata.adapter.http;

import java.time.Clock;
import java.util.UUID;

import dev.agentdata.adapter.memory.block.StaticBlockCatalog;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.SecretGenerator;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
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
import dev.agentdata.application.service.store.EditSubmissionService;
import dev.agentdata.application.service.store.DeleteSubmissionService;
import dev.agentdata.application.service.store.SearchListingsService;
import dev.agentdata.application.service.store.SubmitToStoreService;
import dev.agentdata.application.service.user.UserService;

/** The real services (credits and API keys included, node costs charged) on a test storage, wired as bootstrap wires them. */
final class ServiceWiring {
    private ServiceWiring() {
    }

    static HttpUseCases useCases(Clock clock, TestStorage storage) {
        IdGenerator ids = UUID::randomUUID;
        Transactions tx = storage.transactions();
        GraphRepository graphRepo = storage.graphs();
        ExecutionRepository executionRepo = storage.executions();
        StaticBlockCatalog blocks = new StaticBlockCatalog();
        StoreRepository store = storage.store();
        ListedGraphs listed = new ListedGraphs(store);
        GraphAccess access = new GraphAccess(graphRepo, listed);
        UserService users = new UserService(storage.users(), tx, clock);
        GraphCommandService graphCommands = new GraphCommandService(graphRepo, blocks, access, tx, ids, clock, listed);
        GraphQueryService graphQueries = new GraphQueryService(graphRepo, access);
        ExecutionTransitionService transitions = new ExecutionTransitionService(executionRepo, clock);
        CreditLedger credits = storage.credits();
        ApiKeyRepository apiKeys = storage.apiKeys();
        NodeExecutionService nodes = new NodeExecutionService(executionRepo, graphRepo, tx,
                new CreditCharger(credits, ids, clock), ids, clock);
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
                .getBalance(new GetBalanceService(credits))
                .topUp(new TopUpService(credits, tx, ids, clock))
                .listTransactions(new ListTransactionsService(credits))
                .getAutoTopUp(new GetAutoTopUpService(credits))
                .setAutoTopUp(new SetAutoTopUpService(credits, tx))
                .grantCredits(new GrantCreditsService(credits, storage.users(), tx, ids, clock))
                .createApiKey(new CreateApiKeyService(apiKeys, tx, SecretGenerator.secureRandom(), ids, clock))
                .listApiKeys(new ListApiKeysService(apiKeys))
                .revokeApiKey(new RevokeApiKeyService(apiKeys, tx, clock))
                .authenticateApiKey(new AuthenticateApiKeyService(apiKeys, tx, clock))
                .build();
    }
}
