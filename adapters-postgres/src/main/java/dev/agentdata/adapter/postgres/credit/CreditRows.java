package dev.agentdata.adapter.postgres.credit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.TransactionType;

/** SQL (resolved once per schema) and row mapping of the credit tables. */
final class CreditRows {
    static final String COLUMNS = "id, user_id, amount, type, running_balance, created_at, metadata, idempotency_key";
    final String ensureBalance;
    final String lockBalance;
    final String selectBalance;
    final String setBalance;
    final String selectByKey;
    final String insert;
    final String firstPage;
    final String nextPage;
    final String count;
    final String selectAutoTopUp;
    final String upsertAutoTopUp;

    CreditRows(SqlSchema schema) {
        ensureBalance = schema.sql("INSERT INTO {schema}.credit_balances (user_id, balance) VALUES (?, 0)"
                + " ON CONFLICT (user_id) DO NOTHING");
        lockBalance = schema.sql("SELECT balance FROM {schema}.credit_balances WHERE user_id = ? FOR UPDATE");
        selectBalance = schema.sql("SELECT balance FROM {schema}.credit_balances WHERE user_id = ?");
        setBalance = schema.sql("UPDATE {schema}.credit_balances SET balance = ?, updated_at = now() WHERE user_id = ?");
        selectByKey = schema.sql("SELECT " + COLUMNS
                + " FROM {schema}.credit_transactions WHERE user_id = ? AND idempotency_key = ?");
        insert = schema.sql("INSERT INTO {schema}.credit_transactions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        firstPage = schema.sql("SELECT " + COLUMNS + " FROM {schema}.credit_transactions WHERE user_id = ?"
                + " ORDER BY created_at DESC, id DESC LIMIT ?");
        nextPage = schema.sql("SELECT " + COLUMNS + " FROM {schema}.credit_transactions WHERE user_id = ?"
                + " AND (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?");
        count = schema.sql("SELECT count(*) FROM {schema}.credit_transactions WHERE user_id = ?");
        selectAutoTopUp = schema.sql("SELECT enabled, threshold, amount FROM {schema}.credit_auto_top_up WHERE user_id = ?");
        upsertAutoTopUp = schema.sql("INSERT INTO {schema}.credit_auto_top_up (user_id, enabled, threshold, amount)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE"
                + " SET enabled = EXCLUDED.enabled, threshold = EXCLUDED.threshold, amount = EXCLUDED.amount");
    }

    static void bind(PreparedStatement ps, CreditTransaction tx) throws SQLException {
        ps.setObject(1, tx.id());
        ps.setObject(2, tx.userId());
        ps.setLong(3, tx.amount());
        ps.setString(4, tx.type().wireName());
        ps.setLong(5, tx.runningBalance());
        JsonColumns.setInstant(ps, 6, tx.createdAt());
        ps.setObject(7, JsonColumns.jsonb(tx.metadata()));
        ps.setString(8, tx.idempotencyKey());
    }

    static CreditTransaction read(ResultSet rs) throws SQLException {
        return new CreditTransaction(JsonColumns.uuid(rs, "id"), JsonColumns.uuid(rs, "user_id"), rs.getLong("amount"),
                TransactionType.fromWireName(rs.getString("type"))
                        .orElseThrow(() -> new SQLException("unknown transaction type")),
                rs.getLong("running_balance"), JsonColumns.instant(rs, "created_at"),
                JsonColumns.map(rs, "metadata"), rs.getString("idempotency_key"));
    }
}
