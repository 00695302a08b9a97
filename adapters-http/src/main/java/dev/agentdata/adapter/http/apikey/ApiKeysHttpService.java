package dev.agentdata.adapter.http.apikey;

import java.util.UUID;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.HttpUseCases;
import dev.agentdata.adapter.http.common.Actors;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.adapter.http.common.PathParameters;
import dev.agentdata.adapter.http.json.JsonBodyReader;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.application.port.in.apikey.CreatedApiKey;
import dev.agentdata.domain.user.UserContext;

/** {@code /api/v1/api-keys}: make (key shown once), list (bare array, no keys), revoke. */
public final class ApiKeysHttpService implements HttpService {
    static final String BASE = "/api/v1/api-keys";

    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final HttpUseCases uc;

    public ApiKeysHttpService(JsonBodyReader bodies, ResponseWriter responses, HttpUseCases useCases) {
        this.bodies = bodies;
        this.responses = responses;
        this.uc = useCases;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(BASE, this::create)
                .get(BASE, this::list)
                .any(BASE, MethodNotAllowedException.handler("GET, POST"))
                .delete(BASE + "/{id}", this::revoke)
                .any(BASE + "/{id}", MethodNotAllowedException.handler("DELETE"));
    }

    private void create(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        CreateApiKeyRequest body = bodies.read(req, CreateApiKeyRequest.class);
        CreatedApiKey created = uc.createApiKey().create(actor, body.toCommand());
        res.header(HeaderNames.LOCATION, BASE + "/" + created.key().id());
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        responses.json(res, Status.CREATED_201, ApiKeyResponse.created(created));
    }

    private void list(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200, uc.listApiKeys().list(Actors.of(req)).stream().map(ApiKeyResponse::from).toList());
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        UUID id = PathParameters.id(req, "id", "api_key");
        uc.revokeApiKey().revoke(actor, id);
        res.status(Status.NO_CONTENT_204).send();
    }
}
