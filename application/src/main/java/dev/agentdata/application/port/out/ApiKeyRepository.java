package dev.agentdata.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.domain.apikey.ApiKey;

/** Stored API keys, found by the SHA-256 hash of the raw key (which is never stored). */
public interface ApiKeyRepository {
    /** Stores a new key; hashes are unique. */
    void insert(ApiKey key);

    Optional<ApiKey> findByHash(String hash);

    Optional<ApiKey> findById(UUID id);

    /** Every key of the owner, revoked ones included, newest first ({@code created_at} then id, descending). */
    List<ApiKey> listByOwner(UUID userId);

    /**
     * Marks the key revoked at {@code now} (a key already revoked keeps its first {@code revoked_at});
     * returns the key as stored afterwards, empty when there is no such key.
     */
    Optional<ApiKey> revoke(UUID id, Instant now);

    /**
     * Sets {@code last_used_at} to {@code now} only if it is unset or at least {@link ApiKey#TOUCH_INTERVAL}
     * older; returns whether it did.
     */
    boolean touchLastUsed(UUID id, Instant now);
}
