package dev.agentdata.adapter.postgres.apikey;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.application.port.out.ApiKeyRepository;
import dev.agentdata.domain.apikey.ApiKey;

/** API keys in the {@code api_keys} table, found through its unique hash index. */
public final class PostgresApiKeyRepository implements ApiKeyRepository {
    private final UnitOfWorkConnections jdbc;
    private final ApiKeyRows sql;

    public PostgresApiKeyRepository(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.sql = new ApiKeyRows(schema);
    }

    @Override
    public void insert(ApiKey key) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.insert)) {
                ApiKeyRows.bind(c, ps, key);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return findOne(sql.byHash, hash);
    }

    @Override
    public Optional<ApiKey> findById(UUID userId, UUID id) {
        return findOne(sql.byId, userId, id);
    }

    private Optional<ApiKey> findOne(String statement, Object... params) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ApiKeyRows.read(rs)) : Optional.<ApiKey>empty();
                }
            }
        });
    }

    @Override
    public List<ApiKey> listByOwner(UUID userId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.byOwner)) {
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
    public Optional<ApiKey> revoke(UUID userId, UUID id, Instant now) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.revoke)) {
                JsonColumns.setInstant(ps, 1, now);
                ps.setObject(2, userId);
                ps.setObject(3, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ApiKeyRows.read(rs)) : Optional.<ApiKey>empty();
                }
            }
        });
    }

    @Override
    public boolean touchLastUsed(UUID userId, UUID id, Instant now) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.touch)) {
                JsonColumns.setInstant(ps, 1, now);
                ps.setObject(2, userId);
                ps.setObject(3, id);
                JsonColumns.setInstant(ps, 4, now.minus(ApiKey.TOUCH_INTERVAL));
                return ps.executeUpdate() == 1;
            }
        });
    }
}
