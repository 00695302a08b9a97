package dev.agentdata.adapter.http;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.agentdata.adapter.http.apikey.ApiKeysHttpService;
import dev.agentdata.adapter.http.block.BlocksHttpService;
import dev.agentdata.adapter.http.credit.CreditsHttpService;
import dev.agentdata.adapter.http.event.EventStreamSettings;
import dev.agentdata.adapter.http.event.ExecutionEventsHttpService;
import dev.agentdata.adapter.http.execution.ExecutionsHttpService;
import dev.agentdata.adapter.http.graph.GraphsHttpService;
import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.adapter.http.store.StoreHttpService;
import dev.agentdata.adapter.http.user.UsersHttpService;
import dev.agentdata.adapter.memory.block.StaticBlockCatalog;
import dev.agentdata.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.agentdata.application.port.in.user.GetOrCreateUserUseCase;
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
import dev.agentdata.application.service.execution.ExecutionEventService;
import dev.agentdata.application.service.execution.ExecutionEventWaker;
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
final class ServiceWiring implements TestApiServices {
    /** Short stream timings, so that keep-alives and credential checks show within a test. */
    static final EventStreamSettings STREAMS = new EventStreamSettings(Duration.ofMillis(400), Duration.ofMillis(300),
            Duration.ofSeconds(1));
    private final Clock clock;
    private final TestStorage storage;
    private final IdGenerator ids = UUID::randomUUID;
    private final UserService users;
    private final ExecutionEventWaker waker;

    private ServiceWiring(Clock clock, TestStorage storage) {
        this.clock = clock;
        this.storage = storage;
        this.users = new UserService(storage.users(), storage.transactions(), clock);
        this.waker = new ExecutionEventWaker(storage.events(), Duration.ofMillis(10));
    }

    static ServiceWiring on(Clock clock, TestStorage storage) {
        return new ServiceWiring(clock, storage);
    }

    @Override
    public GetOrCreateUserUseCase identities() {
        return users;
    }

    @Override
    public AuthenticateApiKeyUseCase apiKeys() {
        return new AuthenticateApiKeyService(storage.apiKeys(), storage.transactions(), clock);
    }

    @Override
    public List<ApiService> services(HttpToolkit http) {
        Transactions tx = storage.transactions();
        GraphRepository graphRepo = storage.graphs();
        ExecutionRepository executionRepo = storage.executions();
        StaticBlockCatalog blocks = new StaticBlockCatalog();
        StoreRepository store = storage.store();
        ListedGraphs listed = new ListedGraphs(store);
        GraphAccess access = new GraphAccess(graphRepo, listed);
        GraphCommandService graphCommands = new GraphCommandService(graphRepo, blocks, access, tx, ids, clock, listed);
        GraphQueryService graphQueries = new GraphQueryService(graphRepo, access);
        ExecutionTransitionService transitions = new ExecutionTransitionService(executionRepo, clock);
        CreditLedger credits = storage.credits();
        ApiKeyRepository apiKeys = storage.apiKeys();
        NodeExecutionService nodes = new NodeExecutionService(executionRepo, graphRepo, tx,
                new CreditCharger(credits, ids, clock), ids, clock);
        ExecutionQueryService executionQueries = new ExecutionQueryService(executionRepo, tx);
        ExecutionEventService eventReads = new ExecutionEventService(storage.events());
        return List.of(
                new UsersHttpService(http, users, users, users),
                new BlocksHttpService(http, new ListBlocksService(blocks)),
                new StoreHttpService(http, new SubmitToStoreService(store, graphRepo, tx, ids, clock),
                        new ListMySubmissionsService(store, tx), new EditSubmissionService(store, tx),
                        new DeleteSubmissionService(store, tx), new ListSubmissionsForReviewService(store, tx),
                        new ReviewSubmissionService(store, tx, clock), new SearchListingsService(store, tx),
                        new GetListingService(store, tx), new ReviewListingService(store, tx, ids, clock)),
                new GraphsHttpService(http, graphCommands, graphQueries, graphQueries, graphQueries, graphQueries,
                        graphCommands, graphCommands, graphCommands),
                new ExecutionsHttpService(http, new StartExecutionService(executionRepo, access, blocks, tx, ids, clock),
                        executionQueries, executionQueries, transitions, transitions, nodes, nodes, executionQueries),
                new ExecutionEventsHttpService(http, eventReads, eventReads, waker, STREAMS),
                new CreditsHttpService(http, new GetBalanceService(credits), new TopUpService(credits, tx, ids, clock),
                        new ListTransactionsService(credits), new GetAutoTopUpService(credits),
                        new SetAutoTopUpService(credits, tx),
                        new GrantCreditsService(credits, storage.users(), tx, ids, clock)),
                new ApiKeysHttpService(http,
                        new CreateApiKeyService(apiKeys, tx, SecretGenerator.secureRandom(), ids, clock),
                        new ListApiKeysService(apiKeys), new RevokeApiKeyService(apiKeys, tx, clock)));
    }
}
