package dev.agentdata.application.service.apikey;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.domain.apikey.ApiKey;

/** A single-threaded key store for service tests, counting writes of {@code last_used_at}. */
final class FakeApiKeyRepository implements ApiKeyRepository {
    final Map<UUID, ApiKey> keys = new LinkedHashMap<>();
    int touches;

    @Override
    public void insert(ApiKey key) {
        keys.put(key.id(), key);
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return keys.values().stream().filter(k -> k.hash().equals(hash)).findFirst();
    }

    @Override
    public Optional<ApiKey> findById(UUID userId, UUID id) {
        return Optional.ofNullable(keys.get(id)).filter(k -> k.userId().equals(userId));
    }

    @Override
    public List<ApiKey> listByOwner(UUID userId) {
        return keys.values().stream().filter(k -> k.userId().equals(userId))
                .sorted(Comparator.comparing(ApiKey::createdAt).reversed()).toList();
    }

    @Override
    public Optional<ApiKey> revoke(UUID userId, UUID id, Instant now) {
        Optional<ApiKey> revoked = findById(userId, id).map(k -> k.revoked(now));
        revoked.ifPresent(k -> keys.put(id, k));
        return revoked;
    }

    @Override
    public boolean touchLastUsed(UUID userId, UUID id, Instant now) {
        ApiKey k = findById(userId, id).orElse(null);
        if (k == null || !k.dueForTouch(now)) {
            return false;
        }
        touches++;
        keys.put(id, k.touched(now));
        return true;
    }
}
