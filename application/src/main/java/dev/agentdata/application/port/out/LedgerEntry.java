package dev.agentdata.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.TransactionType;
import dev.agentdata.domain.graph.JsonValues;

/** A change to append to a user's ledger; the ledger supplies the running balance. */
public record LedgerEntry(UUID id, UUID userId, long amount, TransactionType type, Instant createdAt,
                          Map<String, Object> metadata, String idempotencyKey) {
    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "created_at");
        CreditTransaction.checkAmount(type, amount);
        metadata = metadata == null ? Map.of() : JsonValues.copyOf(metadata);
    }

    public CreditTransaction withRunningBalance(long runningBalance) {
        return new CreditTransaction(id, userId, amount, type, runningBalance, createdAt, metadata, idempotencyKey);
    }
}
