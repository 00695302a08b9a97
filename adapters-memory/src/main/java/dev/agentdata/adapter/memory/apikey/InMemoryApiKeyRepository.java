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
    public Optional<ApiKey> findById(UUID id) {
        return db.atomically(() -> Optional.ofNullable(keys.get(id)));
    }

    @Override
    public List<ApiKey> listByOwner(UUID userId) {
        return db.atomically(() -> keys.values().stream().filter(k -> k.userId().equals(userId))
                .sorted(NEWEST_FIRST).toList());
    }

    @Override
    public Optional<ApiKey> revoke(UUID id, Instant now) {
        return db.atomically(() -> {
            ApiKey key = keys.get(id);
            if (key == null) {
                return Optional.<ApiKey>empty();
            }
            ApiKey revoked = key.revoked(now);
            db.put(keys, id, revoked);
            return Optional.of(revoked);
        });
    }

    @Override
    public boolean touchLastUsed(UUID id, Instant now) {
        return db.atomically(() -> {
            ApiKey key = keys.get(id);
            if (key == null || !key.dueForTouch(now)) {
                return false;
            }
            db.put(keys, id, key.touched(now));
            return true;
        });
    }
}
