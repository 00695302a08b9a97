package dev.agentdata.domain.credit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.graph.JsonValues;

/**
 * One row of a user's credit ledger: a signed amount (usage negative, everything else positive) and the
 * balance right after it. {@code idempotencyKey} is null when the change was not keyed.
 */
public record CreditTransaction(UUID id, UUID userId, long amount, TransactionType type, long runningBalance,
                                Instant createdAt, Map<String, Object> metadata, String idempotencyKey) {
    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 128;

    public CreditTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "created_at");
        checkAmount(type, amount);
        if (runningBalance < 0) {
            throw new IllegalArgumentException("running_balance must be >= 0");
        }
        if (idempotencyKey != null && (idempotencyKey.isEmpty() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
            throw new IllegalArgumentException("idempotency_key must have 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        metadata = metadata == null ? Map.of() : JsonValues.copyOf(metadata);
    }

    /** Rejects a zero amount and an amount whose sign does not match the type. */
    public static void checkAmount(TransactionType type, long amount) {
        if (amount == 0 || (amount < 0) != type.debits()) {
            throw new IllegalArgumentException("amount " + amount + " does not fit type " + type.wireName());
        }
    }

    /**
     * The balance after adding {@code amount} to {@code balance}.
     *
     * @throws InsufficientCreditsException when it would go below zero
     * @throws ValidationException when it would not fit in a long
     */
    public static long balanceAfter(long balance, long amount) {
        long next;
        try {
            next = Math.addExact(balance, amount);
        } catch (ArithmeticException e) {
            throw ValidationException.of("amount", "would make the balance overflow");
        }
        if (next < 0) {
            throw new InsufficientCreditsException(balance, -amount);
        }
        return next;
    }

    /** Whether a replay of this transaction's key asks for the same change (same type and amount). */
    public boolean sameRequest(TransactionType otherType, long otherAmount) {
        return type == otherType && amount == otherAmount;
    }
}
