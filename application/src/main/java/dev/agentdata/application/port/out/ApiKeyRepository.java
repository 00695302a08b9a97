package dev.agentdata.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.domain.apikey.ApiKey;

/**
 * Stored API keys, found by the SHA-256 hash of the raw key (which is never stored). Apart from that lookup, which is
 * how the caller is found, every method names the key's owner: another user's key reads as absent.
 */
public interface ApiKeyRepository {
    /** Stores a new key; hashes are unique. */
    void insert(ApiKey key);

    Optional<ApiKey> findByHash(String hash);

    /** The owner's key; empty when there is no such key or it is another user's. */
    Optional<ApiKey> findById(UUID userId, UUID id);

    /** Every key of the owner, revoked ones included, newest first ({@code created_at} then id, descending). */
    List<ApiKey> listByOwner(UUID userId);

    /**
     * Marks the key revoked at {@code now} (a key already revoked keeps its first {@code revoked_at});
     * returns the key as stored afterwards, empty (and nothing changes) when the owner has no such key.
     */
    Optional<ApiKey> revoke(UUID userId, UUID id, Instant now);

    /**
     * Sets {@code last_used_at} to {@code now} only if it is unset or at least {@link ApiKey#TOUCH_INTERVAL}
     * older; returns whether it did (never for another user's key).
     */
    boolean touchLastUsed(UUID userId, UUID id, Instant now);
}
