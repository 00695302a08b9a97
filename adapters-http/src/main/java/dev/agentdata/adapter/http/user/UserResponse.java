package dev.agentdata.adapter.http.user;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.agentdata.domain.user.User;

/** A user on the wire; the stored integrations blob is never part of it. */
public record UserResponse(UUID id, String email, boolean emailVerified, String name, String displayName,
                           Instant createdAt, Instant updatedAt, Map<String, Object> metadata, String timezone,
                           String locale, PreferencesResponse notificationPreferences) {

    public static UserResponse from(User u) {
        return new UserResponse(u.id(), u.email(), u.emailVerified(), u.name(), u.displayName(), u.createdAt(),
                u.updatedAt(), u.metadata(), u.timezone(), u.locale(), PreferencesResponse.from(u.preferences()));
    }
}
