package dev.agentdata.domain.apikey;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A stored API key: its owner, permissions and lifecycle; the raw key itself is never kept. */
public record ApiKey(UUID id, UUID userId, String name, String hash, String head, String tail,
                     Set<ApiKeyPermission> permissions, ApiKeyStatus status, Instant createdAt,
                     Instant lastUsedAt, Instant revokedAt) {
    /** {@code last_used_at} is refreshed at most this often, not on every request. */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    public static final int MAX_NAME_LENGTH = 100;

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(tail, "tail");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "created_at");
        permissions = permissions == null || permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        if ((status == ApiKeyStatus.REVOKED) != (revokedAt != null)) {
            throw new IllegalArgumentException("revoked_at is set exactly when the key is revoked");
        }
    }

    /** A new active key for {@code secret}. */
    public static ApiKey issue(UUID id, UUID userId, String name, ApiKeySecret secret,
                               Set<ApiKeyPermission> permissions, Instant now) {
        return new ApiKey(id, userId, name, secret.hash(), secret.head(), secret.tail(), permissions,
                ApiKeyStatus.ACTIVE, now, null, null);
    }

    public boolean isActive() {
        return status == ApiKeyStatus.ACTIVE;
    }

    public ApiKey revoked(Instant now) {
        return isActive() ? new ApiKey(id, userId, name, hash, head, tail, permissions, ApiKeyStatus.REVOKED,
                createdAt, lastUsedAt, now) : this;
    }

    /** Whether a use at {@code now} should be recorded (never used, or last recorded over a minute ago). */
    public boolean dueForTouch(Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(TOUCH_INTERVAL).isAfter(now);
    }

    public ApiKey touched(Instant now) {
        return new ApiKey(id, userId, name, hash, head, tail, permissions, status, createdAt, now, revokedAt);
    }
}
