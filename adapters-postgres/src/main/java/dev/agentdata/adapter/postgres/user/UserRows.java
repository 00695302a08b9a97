package dev.agentdata.adapter.postgres.user;

import static dev.agentdata.adapter.postgres.JsonColumns.instant;
import static dev.agentdata.adapter.postgres.JsonColumns.jsonb;
import static dev.agentdata.adapter.postgres.JsonColumns.map;
import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;
import static dev.agentdata.adapter.postgres.JsonColumns.uuid;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.domain.user.NotificationPreferences;
import dev.agentdata.domain.user.NotificationType;
import dev.agentdata.domain.user.User;

/** Statements (resolved once per schema), parameter binding and row mapping of the users table. */
final class UserRows {
    private static final List<NotificationType> TYPES = List.of(NotificationType.values());

    static final String COLUMNS = "id, email, email_verified, name, created_at, updated_at, metadata, timezone, locale, "
            + "max_emails_per_day, " + TYPES.stream().map(UserRows::column).collect(Collectors.joining(", "))
            + ", claim_email, claim_name";

    final String insert;
    final String update;
    final String selectById;

    UserRows(SqlSchema schema) {
        insert = schema.sql("INSERT INTO {schema}.users (" + COLUMNS + ") VALUES ("
                + "?, ".repeat(9 + 1 + TYPES.size() + 1) + "?) ON CONFLICT DO NOTHING");
        update = schema.sql("UPDATE {schema}.users SET email = ?, email_verified = ?, name = ?, created_at = ?, "
                + "updated_at = ?, metadata = ?, timezone = ?, locale = ?, max_emails_per_day = ?, "
                + TYPES.stream().map(t -> column(t) + " = ?").collect(Collectors.joining(", "))
                + ", claim_email = ?, claim_name = ? WHERE id = ? RETURNING " + COLUMNS);
        selectById = schema.sql("SELECT " + COLUMNS + " FROM {schema}.users WHERE id = ?");
    }

    static String column(NotificationType type) {
        return "notify_on_" + type.name().toLowerCase(Locale.ROOT);
    }

    /** Binds every column but the id, starting at {@code from}; returns the next free index. */
    static int bindValues(PreparedStatement ps, int from, User u) throws SQLException {
        int i = from;
        ps.setString(i++, u.email());
        ps.setBoolean(i++, u.emailVerified());
        ps.setString(i++, u.name());
        setInstant(ps, i++, u.createdAt());
        setInstant(ps, i++, u.updatedAt());
        ps.setObject(i++, jsonb(u.metadata()));
        ps.setString(i++, u.timezone());
        ps.setString(i++, u.locale());
        ps.setInt(i++, u.preferences().maxEmailsPerDay());
        for (NotificationType t : TYPES) {
            ps.setBoolean(i++, u.preferences().isEnabled(t));
        }
        ps.setString(i++, u.claimEmail());
        ps.setString(i++, u.claimName());
        return i;
    }

    static User read(ResultSet rs) throws SQLException {
        EnumSet<NotificationType> enabled = EnumSet.noneOf(NotificationType.class);
        for (NotificationType t : TYPES) {
            if (rs.getBoolean(column(t))) {
                enabled.add(t);
            }
        }
        return new User(uuid(rs, "id"), rs.getString("email"), rs.getBoolean("email_verified"), rs.getString("name"),
                instant(rs, "created_at"), instant(rs, "updated_at"), map(rs, "metadata"), rs.getString("timezone"),
                rs.getString("locale"), new NotificationPreferences(rs.getInt("max_emails_per_day"), enabled),
                rs.getString("claim_email"), rs.getString("claim_name"));
    }
}
