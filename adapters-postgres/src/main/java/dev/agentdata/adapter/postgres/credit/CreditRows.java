package dev.agentdata.adapter.postgres.credit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.TransactionType;

/** SQL and row mapping of the credit tables. */
final class CreditRows {
    static final String COLUMNS = "id, user_id, amount, type, running_balance, created_at, metadata, idempotency_key";
    static final String ENSURE_BALANCE =
            "INSERT INTO credit_balances (user_id, balance) VALUES (?, 0) ON CONFLICT (user_id) DO NOTHING";
    static final String LOCK_BALANCE = "SELECT balance FROM credit_balances WHERE user_id = ? FOR UPDATE";
    static final String SELECT_BALANCE = "SELECT balance FROM credit_balances WHERE user_id = ?";
    static final String SET_BALANCE = "UPDATE credit_balances SET balance = ?, updated_at = now() WHERE user_id = ?";
    static final String SELECT_BY_KEY = "SELECT " + COLUMNS
            + " FROM credit_transactions WHERE user_id = ? AND idempotency_key = ?";
    static final String INSERT = "INSERT INTO credit_transactions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String FIRST_PAGE = "SELECT " + COLUMNS + " FROM credit_transactions WHERE user_id = ?"
            + " ORDER BY created_at DESC, id DESC LIMIT ?";
    static final String NEXT_PAGE = "SELECT " + COLUMNS + " FROM credit_transactions WHERE user_id = ?"
            + " AND (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?";
    static final String COUNT = "SELECT count(*) FROM credit_transactions WHERE user_id = ?";
    static final String SELECT_AUTO_TOP_UP =
            "SELECT enabled, threshold, amount FROM credit_auto_top_up WHERE user_id = ?";
    static final String UPSERT_AUTO_TOP_UP = "INSERT INTO credit_auto_top_up (user_id, enabled, threshold, amount)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE"
            + " SET enabled = EXCLUDED.enabled, threshold = EXCLUDED.threshold, amount = EXCLUDED.amount";

    private CreditRows() {
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
