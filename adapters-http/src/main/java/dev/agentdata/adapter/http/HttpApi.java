package dev.agentdata.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;

import dev.agentdata.adapter.http.auth.AuthFilter;
import dev.agentdata.adapter.http.auth.JwtVerifier;
import dev.agentdata.adapter.http.auth.RoutePolicy;
import dev.agentdata.adapter.http.apikey.ApiKeysHttpService;
import dev.agentdata.adapter.http.block.BlocksHttpService;
import dev.agentdata.adapter.http.common.CursorCodec;
import dev.agentdata.adapter.http.common.QueryParameters;
import dev.agentdata.adapter.http.credit.CreditsHttpService;
import dev.agentdata.adapter.http.execution.ExecutionsHttpService;
import dev.agentdata.adapter.http.graph.GraphsHttpService;
import dev.agentdata.adapter.http.json.JsonBodyReader;
import dev.agentdata.adapter.http.json.JsonMapperPolicy;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.adapter.http.observe.ObservabilityFilter;
import dev.agentdata.adapter.http.problem.ProblemMapper;
import dev.agentdata.adapter.http.store.StoreHttpService;
import dev.agentdata.adapter.http.user.UsersHttpService;

/**
 * The HTTP face of API.md: the one entry point bootstrap uses. Wiring:
 * <pre>{@code
 * HttpApi api = new HttpApi(HttpSettings.of(jwtSecret), HttpUseCases.builder()
 *         .getOrCreateUser(users).getUser(users) ... .build());
 * WebServer.builder()
 *         .maxPayloadSize(api.settings().maxPayloadBytes())
 *         .mediaContext(api.mediaContext())
 *         .directHandlers(api.directHandlers())
 *         .routing(routing -> { api.register(routing); routing.addFeature(observe); })
 *         .build().start();
 * }</pre>
 */
public final class HttpApi {
    private final HttpSettings settings;
    private final HttpUseCases useCases;
    private final ObjectMapper mapper;
    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final ProblemMapper problems;
    private final QueryParameters queries;

    public HttpApi(HttpSettings settings, HttpUseCases useCases) {
        this.settings = settings;
        this.useCases = useCases;
        this.mapper = JsonMapperPolicy.newMapper();
        this.bodies = new JsonBodyReader(mapper);
        this.responses = new ResponseWriter(mapper);
        this.problems = new ProblemMapper(responses);
        this.queries = new QueryParameters(new CursorCodec(settings.jwtSecret(), mapper));
    }

    /** Filters (request id and metrics, then auth), one service per resource, and the problem+json error handlers. */
    public void register(HttpRouting.Builder routing) {
        routing.addFilter(new ObservabilityFilter(problems));
        routing.addFilter(new AuthFilter(new JwtVerifier(settings.jwtSecret(), settings.clock()),
                useCases.getOrCreateUser(), useCases.authenticateApiKey(), new RoutePolicy(), problems));
        routing.register(
                new UsersHttpService(bodies, responses, useCases.getUser(), useCases.updateProfile(),
                        useCases.updatePreferences()),
                new BlocksHttpService(responses, useCases.listBlocks()),
                new StoreHttpService(bodies, responses, queries, useCases),
                new GraphsHttpService(bodies, responses, queries, useCases),
                new ExecutionsHttpService(bodies, responses, queries, useCases, settings.clock()),
                new CreditsHttpService(bodies, responses, queries, useCases),
                new ApiKeysHttpService(bodies, responses, useCases));
        problems.register(routing);
    }

    /** Jackson with this API's ObjectMapper, for {@code WebServer.builder().mediaContext(...)}. */
    public MediaContext mediaContext() {
        return MediaContext.create(c -> c.addMediaSupport(JacksonSupport.create(mapper)));
    }

    /** Answers a body over the limit (413) and a request Helidon cannot parse (400) with problem documents. */
    public DirectHandlers directHandlers() {
        DirectHandler problemDocs = (request, eventType, status, headers, message) -> {
            int code = status.code();
            if (code != Status.REQUEST_ENTITY_TOO_LARGE_413.code() && code != Status.BAD_REQUEST_400.code()) {
                return DirectHandler.defaultHandler().handle(request, eventType, status, headers, message);
            }
            return DirectHandler.TransportResponse.builder()
                    .status(status)
                    .header(HeaderNames.CONTENT_TYPE, ResponseWriter.PROBLEM_JSON)
                    .header(HeaderNames.CONNECTION, "close")
                    .keepAlive(false)
                    .entity(code == Status.BAD_REQUEST_400.code() ? problems.malformedRequest()
                            : problems.payloadTooLarge(settings.maxPayloadBytes()))
                    .build();
        };
        return DirectHandlers.builder()
                .addHandler(DirectHandler.EventType.BAD_REQUEST, problemDocs)
                .addHandler(DirectHandler.EventType.PAYLOAD_TOO_LARGE, problemDocs)
                .build();
    }

    public HttpSettings settings() {
        return settings;
    }
}
