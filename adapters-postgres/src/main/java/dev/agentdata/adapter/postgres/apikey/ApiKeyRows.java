package dev.agentdata.adapter.postgres.apikey;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.domain.apikey.ApiKey;
import dev.agentdata.domain.apikey.ApiKeyPermission;
import dev.agentdata.domain.apikey.ApiKeyStatus;

/** SQL (resolved once per schema) and row mapping of the api_keys table. */
final class ApiKeyRows {
    static final String COLUMNS =
            "id, user_id, name, hash, head, tail, permissions, status, created_at, last_used_at, revoked_at";
    final String insert;
    final String byHash;
    final String byId;
    final String byOwner;
    final String revoke;
    final String touch;

    ApiKeyRows(SqlSchema schema) {
        insert = schema.sql("INSERT INTO {schema}.api_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        byHash = schema.sql("SELECT " + COLUMNS + " FROM {schema}.api_keys WHERE hash = ?");
        byId = schema.sql("SELECT " + COLUMNS + " FROM {schema}.api_keys WHERE user_id = ? AND id = ?");
        byOwner = schema.sql("SELECT " + COLUMNS + " FROM {schema}.api_keys WHERE user_id = ?"
                + " ORDER BY created_at DESC, id DESC");
        revoke = schema.sql("UPDATE {schema}.api_keys SET status = 'revoked', revoked_at = COALESCE(revoked_at, ?)"
                + " WHERE user_id = ? AND id = ? RETURNING " + COLUMNS);
        touch = schema.sql("UPDATE {schema}.api_keys SET last_used_at = ? WHERE user_id = ? AND id = ?"
                + " AND (last_used_at IS NULL OR last_used_at <= ?)");
    }

    static void bind(Connection c, PreparedStatement ps, ApiKey k) throws SQLException {
        ps.setObject(1, k.id());
        ps.setObject(2, k.userId());
        ps.setString(3, k.name());
        ps.setString(4, k.hash());
        ps.setString(5, k.head());
        ps.setString(6, k.tail());
        ps.setArray(7, c.createArrayOf("text", k.permissions().stream().sorted()
                .map(ApiKeyPermission::wireName).toArray()));
        ps.setString(8, k.status().wireName());
        JsonColumns.setInstant(ps, 9, k.createdAt());
        JsonColumns.setInstant(ps, 10, k.lastUsedAt());
        JsonColumns.setInstant(ps, 11, k.revokedAt());
    }

    static ApiKey read(ResultSet rs) throws SQLException {
        Set<ApiKeyPermission> permissions = EnumSet.noneOf(ApiKeyPermission.class);
        Array array = rs.getArray("permissions");
        for (Object p : (Object[]) array.getArray()) {
            permissions.add(ApiKeyPermission.fromWireName((String) p)
                    .orElseThrow(() -> new SQLException("unknown API key permission")));
        }
        return new ApiKey(JsonColumns.uuid(rs, "id"), JsonColumns.uuid(rs, "user_id"), rs.getString("name"),
                rs.getString("hash"), rs.getString("head"), rs.getString("tail"), permissions,
                ApiKeyStatus.fromWireName(rs.getString("status"))
                        .orElseThrow(() -> new SQLException("unknown API key status")),
                JsonColumns.instant(rs, "created_at"), JsonColumns.instant(rs, "last_used_at"),
                JsonColumns.instant(rs, "revoked_at"));
    }
}
