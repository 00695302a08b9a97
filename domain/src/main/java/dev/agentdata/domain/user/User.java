package dev.agentdata.domain.user;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.domain.graph.JsonValues;

/**
 * A platform user. {@code claimEmail} and {@code claimName} remember what the identity provider last said,
 * so a profile edit sticks until the provider reports a different value.
 */
public record User(UUID id, String email, boolean emailVerified, String name, Instant createdAt, Instant updatedAt,
                   Map<String, Object> metadata, String timezone, String locale,
                   NotificationPreferences preferences, String claimEmail, String claimName) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "created_at");
        Objects.requireNonNull(updatedAt, "updated_at");
        metadata = metadata == null ? Map.of() : JsonValues.copyOf(metadata);
        timezone = timezone == null ? "UTC" : timezone;
        locale = locale == null ? "en-US" : locale;
        preferences = preferences == null ? NotificationPreferences.defaults() : preferences;
    }

    /** A new user as first seen in a token. */
    public static User fromClaims(UUID id, String email, String name, Instant now) {
        return new User(id, email, true, name, now, now, Map.of(), "UTC", "en-US",
                NotificationPreferences.defaults(), email, name);
    }

    /** {@code name}, or the part of the email before {@code @} when there is no name. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    public boolean isEnabled(NotificationType type) {
        return preferences.isEnabled(type);
    }

    /**
     * This user after a token with these claims: email and name change only when the claim differs from the
     * claim last seen. Returns {@code this} when nothing changes.
     */
    public User refreshedFromClaims(String tokenEmail, String tokenName, Instant now) {
        boolean emailChanged = tokenEmail != null && !tokenEmail.equals(claimEmail);
        boolean nameChanged = tokenName != null && !tokenName.equals(claimName);
        if (!emailChanged && !nameChanged) {
            return this;
        }
        return new User(id, emailChanged ? tokenEmail : email, emailVerified, nameChanged ? tokenName : name,
                createdAt, now, metadata, timezone, locale, preferences,
                emailChanged ? tokenEmail : claimEmail, nameChanged ? tokenName : claimName);
    }

    public User withProfile(String newEmail, String newName, String newTimezone, String newLocale,
                            Map<String, Object> newMetadata, Instant now) {
        return new User(id, newEmail != null ? newEmail : email, emailVerified, newName != null ? newName : name,
                createdAt, now, newMetadata != null ? newMetadata : metadata,
                newTimezone != null ? newTimezone : timezone, newLocale != null ? newLocale : locale,
                preferences, claimEmail, claimName);
    }

    public User withPreferences(NotificationPreferences next, Instant now) {
        return new User(id, email, emailVerified, name, createdAt, now, metadata, timezone, locale, next,
                claimEmail, claimName);
    }
}
