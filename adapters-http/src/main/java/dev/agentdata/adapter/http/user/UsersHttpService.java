package dev.agentdata.adapter.http.user;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.common.Actors;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.adapter.http.json.JsonBodyReader;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.application.port.in.user.GetUserUseCase;
import dev.agentdata.application.port.in.user.UpdatePreferencesUseCase;
import dev.agentdata.application.port.in.user.UpdateProfileUseCase;
import dev.agentdata.domain.user.UserContext;

/** {@code /api/v1/me} and {@code /api/v1/me/preferences}. */
public final class UsersHttpService implements HttpService {
    private final JsonBodyReader bodies;
    private final ResponseWriter responses;
    private final GetUserUseCase getUser;
    private final UpdateProfileUseCase updateProfile;
    private final UpdatePreferencesUseCase updatePreferences;

    public UsersHttpService(JsonBodyReader bodies, ResponseWriter responses,
                            GetUserUseCase getUser, UpdateProfileUseCase updateProfile,
                            UpdatePreferencesUseCase updatePreferences) {
        this.bodies = bodies;
        this.responses = responses;
        this.getUser = getUser;
        this.updateProfile = updateProfile;
        this.updatePreferences = updatePreferences;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/api/v1/me", this::me)
                .patch("/api/v1/me", this::patchMe)
                .any("/api/v1/me", MethodNotAllowedException.handler("GET, PATCH"))
                .get("/api/v1/me/preferences", this::preferences)
                .patch("/api/v1/me/preferences", this::patchPreferences)
                .any("/api/v1/me/preferences", MethodNotAllowedException.handler("GET, PATCH"));
    }

    private void me(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200, UserResponse.from(getUser.get(Actors.of(req).userId())));
    }

    private void patchMe(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        UpdateProfileRequest body = bodies.readPatch(req, UpdateProfileRequest.class);
        responses.json(res, Status.OK_200, UserResponse.from(updateProfile.updateProfile(body.toCommand(actor.userId()))));
    }

    private void preferences(ServerRequest req, ServerResponse res) {
        responses.json(res, Status.OK_200, PreferencesResponse.from(getUser.get(Actors.of(req).userId()).preferences()));
    }

    private void patchPreferences(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        UpdatePreferencesRequest body = bodies.readPatch(req, UpdatePreferencesRequest.class);
        responses.json(res, Status.OK_200,
                PreferencesResponse.from(updatePreferences.updatePreferences(body.toCommand(actor.userId()))));
    }
}
