package dev.agentdata.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.application.port.in.execution.StartExecutionCommand;
import dev.agentdata.application.port.in.graph.GraphInput;
import dev.agentdata.application.port.in.graph.LinkInput;
import dev.agentdata.application.port.in.user.TokenClaims;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.BlockCatalog;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.SecretGenerator;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.UserRepository;
import dev.agentdata.application.port.out.storage.StoragePorts;
import dev.agentdata.application.service.apikey.AuthenticateApiKeyService;
import dev.agentdata.application.service.apikey.CreateApiKeyService;
import dev.agentdata.application.service.apikey.ListApiKeysService;
import dev.agentdata.application.service.apikey.RevokeApiKeyService;
import dev.agentdata.application.service.block.ListBlocksService;
import dev.agentdata.application.service.credit.GetAutoTopUpService;
import dev.agentdata.application.service.credit.GetBalanceService;
import dev.agentdata.application.service.credit.GrantCreditsService;
import dev.agentdata.application.service.credit.ListTransactionsService;
import dev.agentdata.application.service.credit.SetAutoTopUpService;
import dev.agentdata.application.service.credit.TopUpService;
import dev.agentdata.application.service.execution.ExecutionQueryService;
import dev.agentdata.application.service.execution.ExecutionTransitionService;
import dev.agentdata.application.service.execution.NodeCostCharger;
import dev.agentdata.application.service.execution.NodeExecutionService;
import dev.agentdata.application.service.execution.StartExecutionService;
import dev.agentdata.application.service.graph.GraphAccess;
import dev.agentdata.application.service.graph.GraphCommandService;
import dev.agentdata.application.service.graph.GraphQueryService;
import dev.agentdata.application.service.graph.SharedGraphVersions;
import dev.agentdata.application.service.store.DeleteSubmissionService;
import dev.agentdata.application.service.store.EditSubmissionService;
import dev.agentdata.application.service.store.GetListingService;
import dev.agentdata.application.service.store.ListMySubmissionsService;
import dev.agentdata.application.service.store.ListSubmissionsForReviewService;
import dev.agentdata.application.service.store.ListedGraphs;
import dev.agentdata.application.service.store.ReviewListingService;
import dev.agentdata.application.service.store.ReviewSubmissionService;
import dev.agentdata.application.service.store.SearchListingsService;
import dev.agentdata.application.service.store.SubmitToStoreService;
import dev.agentdata.application.service.user.UserService;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.NodeExecution;
import dev.agentdata.domain.graph.Block;
import dev.agentdata.domain.graph.BuiltInBlocks;
import dev.agentdata.domain.graph.Node;
import dev.agentdata.domain.graph.NodeType;
import dev.agentdata.domain.user.UserContext;

/**
 * The one way tests wire the application services: every service over one {@link StoragePorts}, as bootstrap wires
 * them (listed graphs shared and guarded), with the clock and ids the test chooses. Use-case tests, the HTTP tests
 * and the Postgres service tests all build on it.
 */
public final class WiredServices {
    /** The built-in blocks as a catalog (the deployed catalog lives in an adapter, which tests here must not name). */
    public static final BlockCatalog BUILT_IN_BLOCKS = new BlockCatalog() {
        @Override
        public List<Block> all() {
            return BuiltInBlocks.all();
        }

        @Override
        public Optional<Block> find(String blockId) {
            return BuiltInBlocks.all().stream().filter(b -> b.id().equals(blockId)).findFirst();
        }
    };

    public final StoragePorts storage;
    public final Clock clock;
    public final IdGenerator ids;
    public final Transactions tx;
    public final UserRepository userRepo;
    public final GraphRepository graphRepo;
    public final ExecutionRepository executionRepo;
    public final StoreRepository store;
    public final CreditLedger credits;
    public final ApiKeyRepository apiKeys;
    public final BlockCatalog blocks = BUILT_IN_BLOCKS;
    /** Node executions handed to the charger; the default charger only records them. */
    public final List<NodeExecution> charged = Collections.synchronizedList(new ArrayList<>());
    /** What completing a node with a cost does; replace it (e.g. with a {@code CreditCharger}) before using it. */
    public NodeCostCharger charger = (ownerId, node) -> charged.add(node);

    public final ListedGraphs listed;
    /** Which graph versions others may read and run: the listed ones, unless a test says otherwise. */
    public SharedGraphVersions shared;
    public final GraphAccess access;
    public final UserService users;
    public final GraphCommandService graphCommands;
    public final GraphQueryService graphQueries;
    public final StartExecutionService starts;
    public final ExecutionTransitionService transitions;
    public final NodeExecutionService nodes;
    public final ExecutionQueryService executionQueries;
    public final ListBlocksService listBlocks;

    public final SubmitToStoreService submit;
    public final ReviewSubmissionService reviewSubmission;
    public final EditSubmissionService editSubmission;
    public final DeleteSubmissionService deleteSubmission;
    public final ListMySubmissionsService mySubmissions;
    public final ListSubmissionsForReviewService reviewQueue;
    public final SearchListingsService searchListings;
    public final GetListingService getListing;
    public final ReviewListingService reviewListing;

    public final GetBalanceService balance;
    public final TopUpService topUp;
    public final ListTransactionsService creditTransactions;
    public final GetAutoTopUpService getAutoTopUp;
    public final SetAutoTopUpService setAutoTopUp;
    public final GrantCreditsService grantCredits;

    public final AuthenticateApiKeyService authenticateApiKey;
    public final CreateApiKeyService createApiKey;
    public final ListApiKeysService listApiKeys;
    public final RevokeApiKeyService revokeApiKey;

    public WiredServices(StoragePorts storage, Clock clock, IdGenerator ids) {
        this.storage = storage;
        this.clock = clock;
        this.ids = ids;
        tx = storage.transactions();
        userRepo = storage.users();
        graphRepo = storage.graphs();
        executionRepo = storage.executions();
        store = storage.store();
        credits = storage.credits();
        apiKeys = storage.apiKeys();

        listed = new ListedGraphs(store);
        shared = listed;
        access = new GraphAccess(graphRepo, graphId -> shared.find(graphId));
        users = new UserService(userRepo, tx, clock);
        graphCommands = new GraphCommandService(graphRepo, blocks, access, tx, ids, clock, listed);
        graphQueries = new GraphQueryService(graphRepo, access);
        starts = new StartExecutionService(executionRepo, access, blocks, ids, clock);
        transitions = new ExecutionTransitionService(executionRepo, clock);
        nodes = new NodeExecutionService(executionRepo, tx, (ownerId, n) -> charger.chargeCompleted(ownerId, n),
                ids, clock);
        executionQueries = new ExecutionQueryService(executionRepo, tx);
        listBlocks = new ListBlocksService(blocks);

        submit = new SubmitToStoreService(store, graphRepo, tx, ids, clock);
        reviewSubmission = new ReviewSubmissionService(store, tx, clock);
        editSubmission = new EditSubmissionService(store, tx);
        deleteSubmission = new DeleteSubmissionService(store, tx);
        mySubmissions = new ListMySubmissionsService(store, tx);
        reviewQueue = new ListSubmissionsForReviewService(store, tx);
        searchListings = new SearchListingsService(store, tx);
        getListing = new GetListingService(store, tx);
        reviewListing = new ReviewListingService(store, tx, ids, clock);

        balance = new GetBalanceService(credits);
        topUp = new TopUpService(credits, tx, ids, clock);
        creditTransactions = new ListTransactionsService(credits);
        getAutoTopUp = new GetAutoTopUpService(credits);
        setAutoTopUp = new SetAutoTopUpService(credits, tx);
        grantCredits = new GrantCreditsService(credits, userRepo, tx, ids, clock);

        authenticateApiKey = new AuthenticateApiKeyService(apiKeys, tx, clock);
        createApiKey = new CreateApiKeyService(apiKeys, tx, SecretGenerator.secureRandom(), ids, clock);
        listApiKeys = new ListApiKeysService(apiKeys);
        revokeApiKey = new RevokeApiKeyService(apiKeys, tx, clock);
    }

    /** The services on {@code storage} with a clock standing at a time with nanoseconds, and random ids (safe across threads). */
    public static WiredServices onTestClock(StoragePorts storage) {
        return new WiredServices(storage, new TestDoubles.MovableClock(Instant.parse("2026-03-01T12:00:00.123456789Z")),
                UUID::randomUUID);
    }

    /** A signed-in user (created through get-or-create, as the HTTP layer does). */
    public UserContext newActor() {
        UUID sub = UUID.randomUUID();
        users.getOrCreate(new TokenClaims(sub, "u" + sub.toString().substring(0, 8) + "@example.org", null));
        return UserContext.ofToken(sub, false);
    }

    /** An input node feeding an output node: runnable once the input gets a value. */
    public static GraphInput inputToOutput(String name) {
        return new GraphInput(name, "in to out", false,
                List.of(new Node("in", BuiltInBlocks.AGENT_INPUT, "In", Map.of(), Map.of(), NodeType.INPUT),
                        new Node("out", BuiltInBlocks.AGENT_OUTPUT, "Out", Map.of(), Map.of(), NodeType.OUTPUT)),
                List.of(new LinkInput("in", "out", "result", "value", false)));
    }

    /** A started run of a fresh graph of {@code actor}. */
    public GraphExecution startedRun(UserContext actor) {
        var graph = graphCommands.create(actor, inputToOutput("g"));
        return starts.start(actor, new StartExecutionCommand(graph.id(), OptionalInt.empty(), Map.of("in", "hello")));
    }
}
