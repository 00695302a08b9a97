package dev.agentdata.adapter.postgres.apikey;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.adapter.postgres.Jdbc;
import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.domain.apikey.ApiKey;

/** API keys in the {@code api_keys} table, found through its unique hash index. */
public final class PostgresApiKeyRepository implements ApiKeyRepository {
    private final Jdbc jdbc;

    public PostgresApiKeyRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ApiKey key) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(ApiKeyRows.INSERT)) {
                ApiKeyRows.bind(c, ps, key);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return findOne(ApiKeyRows.BY_HASH, hash);
    }

    @Override
    public Optional<ApiKey> findById(UUID id) {
        return findOne(ApiKeyRows.BY_ID, id);
    }

    private Optional<ApiKey> findOne(String sql, Object param) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, param);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ApiKeyRows.read(rs)) : Optional.<ApiKey>empty();
                }
            }
        });
    }

    @Override
    public List<ApiKey> listByOwner(UUID userId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(ApiKeyRows.BY_OWNER)) {
                ps.setObject(1, userId);
                List<ApiKey> keys = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.add(ApiKeyRows.read(rs));
                    }
                }
                return keys;
            }
        });
    }

    @Override
    public Optional<ApiKey> revoke(UUID id, Instant now) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(ApiKeyRows.REVOKE)) {
                JsonColumns.setInstant(ps, 1, now);
                ps.setObject(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ApiKeyRows.read(rs)) : Optional.<ApiKey>empty();
                }
            }
        });
    }

    @Override
    public boolean touchLastUsed(UUID id, Instant now) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(ApiKeyRows.TOUCH)) {
                JsonColumns.setInstant(ps, 1, now);
                ps.setObject(2, id);
                JsonColumns.setInstant(ps, 3, now.minus(ApiKey.TOUCH_INTERVAL));
                return ps.executeUpdate() == 1;
            }
        });
    }
}
