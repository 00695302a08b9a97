package dev.agentdata.adapter.http.apikey;

import static dev.agentdata.adapter.http.route.Access.JWT_ONLY;

import java.util.UUID;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.HttpToolkit;
import dev.agentdata.adapter.http.common.RequestUser;
import dev.agentdata.adapter.http.common.PathParameters;
import dev.agentdata.adapter.http.json.JsonBodyReader;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.adapter.http.route.Routes;
import dev.agentdata.application.port.in.apikey.CreateApiKeyUseCase;
import dev.agentdata.application.port.in.apikey.CreatedApiKey;
import dev.agentdata.application.port.in.apikey.ListApiKeysUseCase;
import dev.agentdata.application.port.in.apikey.RevokeApiKeyUseCase;
import dev.agentdata.domain.user.UserContext;

/** {@code /api/v1/api-keys}: make (key shown once), list (bare array, no keys), revoke. */
public final class ApiKeysHttpService implements ApiService {
    static final String BASE = "/api/v1/api-keys";

    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final CreateApiKeyUseCase createApiKey;
    private final ListApiKeysUseCase listApiKeys;
    private final RevokeApiKeyUseCase revokeApiKey;

    public ApiKeysHttpService(HttpToolkit http, CreateApiKeyUseCase createApiKey, ListApiKeysUseCase listApiKeys,
                              RevokeApiKeyUseCase revokeApiKey) {
        this.bodies = http.bodies();
        this.responses = http.responses();
        this.createApiKey = createApiKey;
        this.listApiKeys = listApiKeys;
        this.revokeApiKey = revokeApiKey;
    }

    @Override
    public void routes(Routes routes) {
        routes.post(BASE, JWT_ONLY, this::create)
                .get(BASE, JWT_ONLY, this::list)
                .delete(BASE + "/{id}", JWT_ONLY, this::revoke);
    }

    private void create(ServerRequest req, ServerResponse res) {
        UserContext actor = RequestUser.of(req);
        CreateApiKeyRequest body = bodies.read(req, CreateApiKeyRequest.class);
        CreatedApiKey created = createApiKey.create(actor, body.toCommand());
        res.header(HeaderNames.LOCATION, BASE + "/" + created.key().id());
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        responses.json(res, Status.CREATED_201, ApiKeyResponse.created(created));
    }

    private void list(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200,
                listApiKeys.list(RequestUser.of(req)).stream().map(ApiKeyResponse::from).toList());
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        UserContext actor = RequestUser.of(req);
        UUID id = PathParameters.id(req, "id", "api_key");
        revokeApiKey.revoke(actor, id);
        res.status(Status.NO_CONTENT_204).send();
    }
}
