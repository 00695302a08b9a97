package dev.agentdata.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.ToLongFunction;

import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;

import dev.agentdata.adapter.cache.CachingGraphRepository;
import dev.agentdata.adapter.cache.CachingUserIdentities;
import dev.agentdata.adapter.cache.GraphCacheStats;
import dev.agentdata.adapter.http.HttpApi;
import dev.agentdata.adapter.http.HttpSettings;
import dev.agentdata.adapter.http.HttpToolkit;
import dev.agentdata.adapter.http.apikey.ApiKeysHttpService;
import dev.agentdata.adapter.http.block.BlocksHttpService;
import dev.agentdata.adapter.http.credit.CreditsHttpService;
import dev.agentdata.adapter.http.event.EventStreamSettings;
import dev.agentdata.adapter.http.event.ExecutionEventsHttpService;
import dev.agentdata.adapter.http.execution.ExecutionsHttpService;
import dev.agentdata.adapter.http.graph.GraphsHttpService;
import dev.agentdata.adapter.http.limit.RequestAdmission;
import dev.agentdata.adapter.http.store.StoreHttpService;
import dev.agentdata.adapter.http.user.UsersHttpService;
import dev.agentdata.adapter.memory.block.StaticBlockCatalog;
import dev.agentdata.adapter.memory.limit.InMemoryRequestQuotas;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.application.port.out.BlockCatalog;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.application.port.out.GraphRepository;
import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.ReplicaReads;
import dev.agentdata.application.port.out.SecretGenerator;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StoragePorts;
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
import dev.agentdata.application.service.limit.RateLimitService;
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

/**
 * The composition root, by hand: the storage its provider opened, the graph cache over it (on unless disabled),
 * the services with the system clock and random ids, the rate limits (counts shared in Redis when configured), and
 * the HTTP adapter over them. Closing releases the storage and the shared state.
 */
public final class Wiring implements AutoCloseable {
    /** How long a token's claims count as applied, sparing each authenticated request a database round trip. */
    private static final Duration IDENTITY_TTL = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(Wiring.class.getName());
    private final AppConfig config;
    private final OpenedStorage opened;
    private final Optional<CachingGraphRepository> graphCache;
    private final Transactions transactions;
    private final ExecutionEvents events;
    private final SharedState shared;
    private final HttpApi httpApi;
    private final ExecutionEventWaker waker;

    private Wiring(AppConfig config, OpenedStorage opened, SharedState shared, Clock clock, ExecutionEvents events) {
        this.config = config;
        this.opened = opened;
        this.shared = shared;
        this.events = events;
        StoragePorts storage = opened.ports();
        IdGenerator ids = UUID::randomUUID;
        GraphRepository graphs = storage.graphs();
        Transactions transactions = storage.transactions();
        if (config.storage().graphCache()) {
            CachingGraphRepository cache = new CachingGraphRepository(graphs, config.storage().graphCacheMaxWeight());
            graphs = cache;
            transactions = cache.transactions(transactions);
            this.graphCache = Optional.of(cache);
        } else {
            this.graphCache = Optional.empty();
        }
        this.transactions = transactions;
        BlockCatalog blocks = new StaticBlockCatalog();
        ListedGraphs listed = new ListedGraphs(storage.store());
        GraphAccess access = new GraphAccess(graphs, listed);
        UserService users = new UserService(storage.users(), transactions, clock);
        GraphCommandService graphCommands = new GraphCommandService(graphs, blocks, access, transactions, ids,
                clock, listed);
        GraphQueryService graphQueries = new GraphQueryService(graphs, access);
        ExecutionQueryService executionQueries = new ExecutionQueryService(storage.executions(), transactions);
        ExecutionTransitionService transitions = new ExecutionTransitionService(storage.executions(), clock,
                events);
        CreditLedger credits = storage.credits();
        ApiKeyRepository apiKeys = storage.apiKeys();
        NodeExecutionService nodes = new NodeExecutionService(storage.executions(), transactions,
                new CreditCharger(credits, ids, clock), ids, clock, events);
        HttpToolkit http = HttpToolkit.of(new HttpSettings(config.auth().requireSecret(),
                config.server().maxPayloadBytes(), clock, config.limits().maxBodyMemoryBytes()));
        this.waker = new ExecutionEventWaker(storage.events(), config.events().pollInterval());
        ExecutionEventService eventReads = new ExecutionEventService(storage.events());
        InMemoryRequestQuotas ownCounts = new InMemoryRequestQuotas();
        RateLimitService limits = new RateLimitService(config.rateLimits(), shared.requestQuotas(ownCounts), ownCounts,
                clock);
        this.httpApi = new HttpApi(http, new CachingUserIdentities(users, IDENTITY_TTL, 100_000),
                new AuthenticateApiKeyService(apiKeys, transactions, clock),
                new RequestAdmission(limits, limits, limits), opened.replicaReads(), List.of(
                new UsersHttpService(http, users, users, users),
                new BlocksHttpService(http, new ListBlocksService(blocks)),
                new StoreHttpService(http, new SubmitToStoreService(storage.store(), graphs, transactions, ids, clock),
                        new ListMySubmissionsService(storage.store(), transactions),
                        new EditSubmissionService(storage.store(), transactions),
                        new DeleteSubmissionService(storage.store(), transactions),
                        new ListSubmissionsForReviewService(storage.store(), transactions),
                        new ReviewSubmissionService(storage.store(), transactions, clock),
                        new SearchListingsService(storage.store(), transactions),
                        new GetListingService(storage.store(), transactions),
                        new ReviewListingService(storage.store(), transactions, ids, clock)),
                new GraphsHttpService(http, graphCommands, graphQueries, graphQueries, graphQueries, graphQueries,
                        graphCommands, graphCommands, graphCommands),
                new ExecutionsHttpService(http,
                        new StartExecutionService(storage.executions(), access, blocks, ids, clock),
                        executionQueries, executionQueries, transitions, transitions, nodes, nodes, executionQueries),
                new ExecutionEventsHttpService(http, eventReads, eventReads, waker, new EventStreamSettings(
                        config.events().keepAlive(), config.events().credentialCheck(),
                        Duration.ofSeconds(60))),
                new CreditsHttpService(http, new GetBalanceService(credits),
                        new TopUpService(credits, transactions, ids, clock), new ListTransactionsService(credits),
                        new GetAutoTopUpService(credits), new SetAutoTopUpService(credits, transactions),
                        new GrantCreditsService(credits, storage.users(), transactions, ids, clock)),
                new ApiKeysHttpService(http,
                        new CreateApiKeyService(apiKeys, transactions, SecretGenerator.secureRandom(), ids, clock),
                        new ListApiKeysService(apiKeys), new RevokeApiKeyService(apiKeys, transactions, clock))));
    }

    /** Opens the storage its provider names (waiting for and migrating a database) and wires everything on it. */
    public static Wiring create(AppConfig config) {
        return create(config, ExecutionEvents.NONE);
    }

    /** As {@link #create(AppConfig)}, the execution services reporting their transitions to {@code events}. */
    public static Wiring create(AppConfig config, ExecutionEvents events) {
        config.storage().unusedVariables().forEach(variable -> LOG.log(System.Logger.Level.WARNING,
                "{0} is set but storage {1} does not read it", variable, config.storage().kind()));
        Clock clock = Clock.systemUTC();
        SharedState shared = SharedState.open(config.redis());
        OpenedStorage opened = null;
        try {
            opened = StorageProviders.open(config.storage(), new StorageContext(clock, shared.writePositions(clock)));
            if (opened.replicaReads() != ReplicaReads.PRIMARY_ONLY && !shared.configured()) {
                LOG.log(System.Logger.Level.WARNING, "read replicas without REDIS_URL: read-your-writes holds within "
                        + "this server only; with more than one server, set REDIS_URL");
            }
            return new Wiring(config, opened, shared, clock, events);
        } catch (RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            shared.close();
            throw e;
        }
    }

    /** The HTTP adapter: its declared routes are the API the server serves. */
    public HttpApi httpApi() {
        return httpApi;
    }

    public HttpParts httpParts() {
        return new HttpParts(httpApi::register, Optional.of(httpApi.mediaContext()),
                Optional.of(httpApi.directHandlers()));
    }

    /** Readiness of the database, or {@code null} when the storage has none. */
    public BooleanSupplier databaseReadiness() {
        return opened.readiness().orElse(null);
    }

    /** Registers this wiring's meters (the storage's own, e.g. pool gauges; graph cache counters) in {@code registry}. */
    public void registerMeters(MeterRegistry registry) {
        StorageMeters.register(registry, opened.meters());
        graphCache.ifPresent(cache -> {
            gauge(registry, cache, "agentdata_graph_cache_hits", "Graph versions served from the cache", GraphCacheStats::hits);
            gauge(registry, cache, "agentdata_graph_cache_misses", "Graph version lookups that went to storage",
                    GraphCacheStats::misses);
            gauge(registry, cache, "agentdata_graph_cache_evictions", "Graph versions dropped for size",
                    GraphCacheStats::evictions);
            gauge(registry, cache, "agentdata_graph_cache_invalidations", "Graph versions dropped because their graph changed",
                    GraphCacheStats::invalidations);
            gauge(registry, cache, "agentdata_graph_cache_size", "Graph versions held", GraphCacheStats::size);
            registry.getOrCreate(Gauge.builder("agentdata_graph_cache_hit_ratio", cache, c -> hitRatio(c.stats()))
                    .description("Share of graph version lookups served from the cache (0 before any lookup)"));
        });
    }

    static double hitRatio(GraphCacheStats stats) {
        long lookups = stats.hits() + stats.misses();
        return lookups == 0 ? 0.0 : (double) stats.hits() / lookups;
    }

    private static void gauge(MeterRegistry registry, CachingGraphRepository cache, String name, String description,
                              ToLongFunction<GraphCacheStats> value) {
        registry.getOrCreate(Gauge.builder(name, cache, c -> value.applyAsLong(c.stats())).description(description));
    }

    public AppConfig config() {
        return config;
    }

    /** The storage as its provider opened it: ports, readiness, meters, maintenance jobs. */
    public OpenedStorage storage() {
        return opened;
    }

    /** The unit-of-work port the services use (through the graph cache when it is on). */
    public Transactions transactions() {
        return transactions;
    }

    /** Where the execution services report their transitions (the sweeper reports there too). */
    public ExecutionEvents executionEvents() {
        return events;
    }

    public Optional<CachingGraphRepository> graphCache() {
        return graphCache;
    }

    /** Whether the servers share state through Redis, and it is reachable right now. */
    public boolean sharedStateAvailable() {
        return shared.available();
    }

    @Override
    public void close() {
        waker.close();
        try {
            shared.close();
        } finally {
            opened.close();
        }
    }
}
