package dev.agentdata.adapter.memory.apikey;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.domain.apikey.ApiKey;

/** API keys in memory, with a unique index on the hash. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {
    private static final Comparator<ApiKey> NEWEST_FIRST = Comparator.comparing(ApiKey::createdAt)
            .thenComparing(k -> k.id().toString()).reversed();

    private final InMemoryDatabase db;
    private final Map<UUID, ApiKey> keys = new HashMap<>();
    private final Map<String, UUID> hashes = new HashMap<>();

    public InMemoryApiKeyRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void insert(ApiKey key) {
        db.atomically(() -> {
            if (hashes.containsKey(key.hash()) || keys.containsKey(key.id())) {
                throw new IllegalStateException("an API key with this id or hash exists");
            }
            db.put(keys, key.id(), key);
            db.put(hashes, key.hash(), key.id());
        });
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return db.atomically(() -> Optional.ofNullable(hashes.get(hash)).map(keys::get));
    }

    @Override
    public Optional<ApiKey> findById(UUID userId, UUID id) {
        return db.atomically(() -> owned(userId, id));
    }

    @Override
    public List<ApiKey> listByOwner(UUID userId) {
        return db.atomically(() -> keys.values().stream().filter(k -> k.userId().equals(userId))
                .sorted(NEWEST_FIRST).toList());
    }

    @Override
    public Optional<ApiKey> revoke(UUID userId, UUID id, Instant now) {
        return db.atomically(() -> {
            Optional<ApiKey> revoked = owned(userId, id).map(key -> key.revoked(now));
            revoked.ifPresent(key -> db.put(keys, id, key));
            return revoked;
        });
    }

    @Override
    public boolean touchLastUsed(UUID userId, UUID id, Instant now) {
        return db.atomically(() -> {
            Optional<ApiKey> due = owned(userId, id).filter(key -> key.dueForTouch(now));
            due.ifPresent(key -> db.put(keys, id, key.touched(now)));
            return due.isPresent();
        });
    }

    /** The key when {@code userId} owns it; another user's key is absent, as in a table filtered by owner. */
    private Optional<ApiKey> owned(UUID userId, UUID id) {
        return Optional.ofNullable(keys.get(id)).filter(key -> key.userId().equals(userId));
    }
}
