package dev.agentdata.adapter.http.user;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.common.Actors;
import dev.agentdata.adapter.http.common.JsonCodec;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.application.port.in.user.GetUserUseCase;
import dev.agentdata.application.port.in.user.UpdatePreferencesUseCase;
import dev.agentdata.application.port.in.user.UpdateProfileUseCase;
import dev.agentdata.domain.user.UserContext;

/** {@code /api/v1/me} and {@code /api/v1/me/preferences}. */
public final class UsersHttpService implements HttpService {
    private final JsonCodec json;
    private final GetUserUseCase getUser;
    private final UpdateProfileUseCase updateProfile;
    private final UpdatePreferencesUseCase updatePreferences;

    public UsersHttpService(JsonCodec json, GetUserUseCase getUser, UpdateProfileUseCase updateProfile,
                            UpdatePreferencesUseCase updatePreferences) {
        this.json = json;
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
        json.send(res, Status.OK_200, UserResponse.from(getUser.get(Actors.of(req).userId())));
    }

    private void patchMe(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        UpdateProfileRequest body = json.readPatch(req, UpdateProfileRequest.class);
        json.send(res, Status.OK_200, UserResponse.from(updateProfile.updateProfile(body.toCommand(actor.userId()))));
    }

    private void preferences(ServerRequest req, ServerResponse res) {
        json.send(res, Status.OK_200, PreferencesResponse.from(getUser.get(Actors.of(req).userId()).preferences()));
    }

    private void patchPreferences(ServerRequest req, ServerResponse res) {
        UserContext actor = Actors.of(req);
        UpdatePreferencesRequest body = json.readPatch(req, UpdatePreferencesRequest.class);
        json.send(res, Status.OK_200,
                PreferencesResponse.from(updatePreferences.updatePreferences(body.toCommand(actor.userId()))));
    }
}
