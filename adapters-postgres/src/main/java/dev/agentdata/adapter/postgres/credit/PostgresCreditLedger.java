package dev.agentdata.adapter.postgres.credit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.JsonColumns;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.application.port.out.CreditLedger;
import dev.agentdata.application.port.out.Cursor;
import dev.agentdata.application.port.out.LedgerAppend;
import dev.agentdata.application.port.out.LedgerEntry;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.IdempotencyConflictException;

/**
 * The ledger in Postgres. An append locks the user's {@code credit_balances} row ({@code FOR UPDATE}), then
 * checks the idempotency key, the balance, and writes the balance and the transaction row: appends of one user
 * are serialised by that row lock alone, other users are never blocked. Refusals raise no SQL error, so the
 * unit of work stays usable.
 */
public final class PostgresCreditLedger implements CreditLedger {
    private final UnitOfWorkConnections jdbc;
    private final CreditRows sql;

    public PostgresCreditLedger(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.sql = new CreditRows(schema);
    }

    @Override
    public long balance(UUID userId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.selectBalance)) {
                ps.setObject(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public LedgerAppend append(LedgerEntry entry) {
        return jdbc.atomically(c -> {
            long balance = lockBalance(c, entry.userId());
            if (entry.idempotencyKey() != null) {
                Optional<CreditTransaction> first = findByKey(c, entry);
                if (first.isPresent()) {
                    if (!first.get().sameRequest(entry.type(), entry.amount())) {
                        throw new IdempotencyConflictException(entry.idempotencyKey());
                    }
                    return new LedgerAppend(first.get(), true);
                }
            }
            long next = CreditTransaction.balanceAfter(balance, entry.amount());
            CreditTransaction tx = entry.withRunningBalance(next);
            try (PreparedStatement ps = c.prepareStatement(sql.setBalance)) {
                ps.setLong(1, next);
                ps.setObject(2, entry.userId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(sql.insert)) {
                CreditRows.bind(ps, tx);
                ps.executeUpdate();
            }
            return new LedgerAppend(tx, false);
        });
    }

    private long lockBalance(Connection c, UUID userId) throws SQLException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement ps = c.prepareStatement(sql.lockBalance)) {
                ps.setObject(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(sql.ensureBalance)) {
                ps.setObject(1, userId);
                ps.executeUpdate();
            }
        }
        throw new SQLException("balance row of user " + userId + " vanished");
    }

    private Optional<CreditTransaction> findByKey(Connection c, LedgerEntry entry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.selectByKey)) {
            ps.setObject(1, entry.userId());
            ps.setString(2, entry.idempotencyKey());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(CreditRows.read(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public Page<CreditTransaction> list(UUID userId, PageRequest page) {
        return jdbc.call(c -> {
            boolean after = page.after().isPresent();
            try (PreparedStatement ps = c.prepareStatement(after ? sql.nextPage : sql.firstPage)) {
                int i = 1;
                ps.setObject(i++, userId);
                if (after) {
                    Cursor cursor = page.after().get();
                    JsonColumns.setInstant(ps, i++, JsonColumns.fromCursorValue(cursor.get(0)));
                    ps.setObject(i++, parseId(cursor.get(1)));
                }
                ps.setInt(i, page.limit() + 1);
                List<CreditTransaction> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(CreditRows.read(rs));
                    }
                }
                if (rows.size() <= page.limit()) {
                    return new Page<>(rows, Optional.empty(), OptionalLong.empty());
                }
                List<CreditTransaction> items = rows.subList(0, page.limit());
                CreditTransaction last = items.getLast();
                Cursor next = Cursor.of(JsonColumns.toCursorValue(last.createdAt()), last.id().toString());
                return new Page<>(items, Optional.of(next), OptionalLong.empty());
            }
        });
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
    }

    @Override
    public long count(UUID userId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.count)) {
                ps.setObject(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public AutoTopUpConfig autoTopUp(UUID userId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.selectAutoTopUp)) {
                ps.setObject(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return AutoTopUpConfig.DEFAULT;
                    }
                    long amount = rs.getLong("amount");
                    Long stored = rs.wasNull() ? null : amount;
                    return new AutoTopUpConfig(rs.getBoolean("enabled"), rs.getLong("threshold"), stored);
                }
            }
        });
    }

    @Override
    public void saveAutoTopUp(UUID userId, AutoTopUpConfig config) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.upsertAutoTopUp)) {
                ps.setObject(1, userId);
                ps.setBoolean(2, config.enabled());
                ps.setLong(3, config.threshold());
                if (config.amount() == null) {
                    ps.setNull(4, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(4, config.amount());
                }
                return ps.executeUpdate();
            }
        });
    }
}
