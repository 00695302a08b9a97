package dev.agentdata.adapter.http;

import java.util.List;

import io.helidon.http.DirectHandler;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webserver.ErrorHandling;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;

import dev.agentdata.adapter.http.auth.AuthFilter;
import dev.agentdata.adapter.http.auth.JwtVerifier;
import dev.agentdata.adapter.http.limit.BodyMemoryBudget;
import dev.agentdata.adapter.http.limit.RequestAdmission;
import dev.agentdata.adapter.http.observe.ObservabilityFilter;
import dev.agentdata.adapter.http.problem.ProblemMapper;
import dev.agentdata.adapter.http.problem.TransportProblems;
import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.adapter.http.route.RouteTable;
import dev.agentdata.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.agentdata.application.port.in.user.GetOrCreateUserUseCase;
import dev.agentdata.application.port.out.ReplicaReads;

/**
 * The HTTP face of API.md: the one entry point bootstrap uses. Each feature service gets exactly the use cases it
 * calls; the routes they declare are the whole API, its 405s and its authorization. Wiring:
 * <pre>{@code
 * HttpToolkit http = HttpToolkit.of(HttpSettings.of(jwtSecret));
 * HttpApi api = new HttpApi(http, identities, apiKeyAuthentication, List.of(
 *         new UsersHttpService(http, users, users, users), new BlocksHttpService(http, listBlocks), ...));
 * WebServer.builder()
 *         .maxPayloadSize(api.settings().maxPayloadBytes())
 *         .mediaContext(api.mediaContext())
 *         .directHandlers(api.directHandlers())
 *         .errorHandling(api.errorHandling())
 *         .routing(routing -> { api.register(routing); routing.addFeature(observe); })
 *         .build().start();
 * }</pre>
 */
public final class HttpApi {
    private final HttpToolkit http;
    private final ProblemMapper problems;
    private final RouteTable routes;
    private final AuthFilter auth;
    private final BodyMemoryBudget bodies;

    /**
     * @param http       the plumbing {@code services} were built on
     * @param identities the get-or-create of the user a bearer token names
     * @param apiKeys    the check of an {@code X-API-Key}
     * @param services   the feature services; the routes they declare are all the API serves
     */
    public HttpApi(HttpToolkit http, GetOrCreateUserUseCase identities, AuthenticateApiKeyUseCase apiKeys,
                   List<? extends ApiService> services) {
        this(http, identities, apiKeys, RequestAdmission.UNLIMITED, services);
    }

    /** As the other constructor, each request counted against the rate limits by {@code admission}. */
    public HttpApi(HttpToolkit http, GetOrCreateUserUseCase identities, AuthenticateApiKeyUseCase apiKeys,
                   RequestAdmission admission, List<? extends ApiService> services) {
        this(http, identities, apiKeys, admission, ReplicaReads.PRIMARY_ONLY, services);
    }

    /** As the other constructors, reads and writes split between primary and replicas by {@code replicas}. */
    public HttpApi(HttpToolkit http, GetOrCreateUserUseCase identities, AuthenticateApiKeyUseCase apiKeys,
                   RequestAdmission admission, ReplicaReads replicas, List<? extends ApiService> services) {
        this.http = http;
        this.problems = new ProblemMapper(http.responses());
        this.routes = RouteTable.of(services, replicas);
        this.auth = new AuthFilter(new JwtVerifier(http.settings().jwtSecret(), http.clock()), identities, apiKeys,
                routes, problems, admission);
        this.bodies = new BodyMemoryBudget(http.settings().bodyMemoryBytes(), http.settings().maxPayloadBytes(),
                problems);
    }

    /**
     * Filters (request id and metrics, auth and rate limits, the memory budget of large bodies), every declared
     * route, and the problem+json error handlers.
     */
    public void register(HttpRouting.Builder routing) {
        routing.addFilter(new ObservabilityFilter(problems, routes::templateOf));
        routing.addFilter(auth);
        routing.addFilter(bodies);
        routing.register(routes);
        problems.register(routing);
    }

    /** Jackson with this API's ObjectMapper, for {@code WebServer.builder().mediaContext(...)}. */
    public MediaContext mediaContext() {
        return MediaContext.create(c -> c.addMediaSupport(JacksonSupport.create(http.mapper())));
    }

    /**
     * Problem documents with {@code X-Request-Id} for every request Helidon refuses before routing, for
     * {@code WebServer.builder().directHandlers(...)}; the server also needs {@link #errorHandling()}.
     */
    public DirectHandlers directHandlers() {
        TransportProblems handler = new TransportProblems(problems, http.settings().maxPayloadBytes());
        DirectHandlers.Builder handlers = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            handlers.addHandler(type, handler);
        }
        return handlers.build();
    }

    /** The error handling {@link #directHandlers()} needs, for {@code WebServer.builder().errorHandling(...)}. */
    public ErrorHandling errorHandling() {
        return TransportProblems.ERROR_HANDLING;
    }

    /** The declared routes: what the API serves and the access each demands. */
    public RouteTable routes() {
        return routes;
    }

    public HttpSettings settings() {
        return http.settings();
    }
}
