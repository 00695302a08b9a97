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
import dev.agentdata.adapter.http.common.JsonCodec;
import dev.agentdata.adapter.http.common.ObservabilityFilter;
import dev.agentdata.adapter.http.common.Params;
import dev.agentdata.adapter.http.common.ProblemMapper;
import dev.agentdata.adapter.http.credit.CreditsHttpService;
import dev.agentdata.adapter.http.execution.ExecutionsHttpService;
import dev.agentdata.adapter.http.graph.GraphsHttpService;
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
    private final JsonCodec json;
    private final ProblemMapper problems;
    private final Params params;

    public HttpApi(HttpSettings settings, HttpUseCases useCases) {
        this.settings = settings;
        this.useCases = useCases;
        this.json = new JsonCodec(JsonCodec.newMapper());
        this.problems = new ProblemMapper(json);
        this.params = new Params(new CursorCodec(settings.jwtSecret(), json.mapper()));
    }

    /** Filters (request id and metrics, then auth), one service per resource, and the problem+json error handlers. */
    public void register(HttpRouting.Builder routing) {
        routing.addFilter(new ObservabilityFilter(problems));
        routing.addFilter(new AuthFilter(new JwtVerifier(settings.jwtSecret(), settings.clock()),
                useCases.getOrCreateUser(), useCases.authenticateApiKey(), new RoutePolicy(), problems));
        routing.register(
                new UsersHttpService(json, useCases.getUser(), useCases.updateProfile(), useCases.updatePreferences()),
                new BlocksHttpService(json, useCases.listBlocks()),
                new StoreHttpService(json, params, useCases),
                new GraphsHttpService(json, params, useCases),
                new ExecutionsHttpService(json, params, useCases, settings.clock()),
                new CreditsHttpService(json, params, useCases),
                new ApiKeysHttpService(json, useCases));
        problems.register(routing);
    }

    /** Jackson with this API's ObjectMapper, for {@code WebServer.builder().mediaContext(...)}. */
    public MediaContext mediaContext() {
        return MediaContext.create(c -> c.addMediaSupport(JacksonSupport.create(json.mapper())));
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
                    .header(HeaderNames.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
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

    public ObjectMapper objectMapper() {
        return json.mapper();
    }

    public HttpSettings settings() {
        return settings;
    }
}
