package dev.agentdata.adapter.http.user;

import static dev.agentdata.adapter.http.route.Access.JWT_ONLY;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.HttpToolkit;
import dev.agentdata.adapter.http.common.RequestUser;
import dev.agentdata.adapter.http.json.JsonBodyReader;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.adapter.http.route.Routes;
import dev.agentdata.application.port.in.user.GetUserUseCase;
import dev.agentdata.application.port.in.user.UpdatePreferencesUseCase;
import dev.agentdata.application.port.in.user.UpdateProfileUseCase;
import dev.agentdata.domain.user.UserContext;

/** {@code /api/v1/me} and {@code /api/v1/me/preferences}. */
public final class UsersHttpService implements ApiService {
    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final GetUserUseCase getUser;
    private final UpdateProfileUseCase updateProfile;
    private final UpdatePreferencesUseCase updatePreferences;

    public UsersHttpService(HttpToolkit http, GetUserUseCase getUser, UpdateProfileUseCase updateProfile,
                            UpdatePreferencesUseCase updatePreferences) {
        this.bodies = http.bodies();
        this.responses = http.responses();
        this.getUser = getUser;
        this.updateProfile = updateProfile;
        this.updatePreferences = updatePreferences;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/v1/me", JWT_ONLY, this::me)
                .patch("/api/v1/me", JWT_ONLY, this::patchMe)
                .get("/api/v1/me/preferences", JWT_ONLY, this::preferences)
                .patch("/api/v1/me/preferences", JWT_ONLY, this::patchPreferences);
    }

    private void me(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200, UserResponse.from(getUser.get(RequestUser.of(req).userId())));
    }

    private void patchMe(ServerRequest req, ServerResponse res) {
        UserContext actor = RequestUser.of(req);
        UpdateProfileRequest body = bodies.readPatch(req, UpdateProfileRequest.class);
        responses.json(res, Status.OK_200,
                UserResponse.from(updateProfile.updateProfile(body.toCommand(actor.userId()))));
    }

    private void preferences(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200,
                PreferencesResponse.from(getUser.get(RequestUser.of(req).userId()).preferences()));
    }

    private void patchPreferences(ServerRequest req, ServerResponse res) {
        UserContext actor = RequestUser.of(req);
        UpdatePreferencesRequest body = bodies.readPatch(req, UpdatePreferencesRequest.class);
        responses.json(res, Status.OK_200,
                PreferencesResponse.from(updatePreferences.updatePreferences(body.toCommand(actor.userId()))));
    }
}
