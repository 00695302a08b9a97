package dev.agentdata.application.port.out;

import java.util.UUID;

import dev.agentdata.domain.credit.AutoTopUpConfig;
import dev.agentdata.domain.credit.CreditTransaction;
import dev.agentdata.domain.credit.IdempotencyConflictException;
import dev.agentdata.domain.credit.InsufficientCreditsException;

/**
 * Each user's credit ledger and balance. Appends for one user are serialised (per-user lock, never a table
 * lock), so the balance always equals the sum of the ledger and never goes below zero.
 */
public interface CreditLedger {
    /** The user's balance; 0 for a user without transactions. */
    long balance(UUID userId);

    /**
     * Appends {@code entry} and moves the balance by its amount, atomically. With an idempotency key already
     * used by the user, returns that first transaction ({@code replayed}) and changes nothing.
     * Both exceptions leave the ledger and the unit of work as they were, usable for further calls.
     *
     * @throws InsufficientCreditsException when the balance would go below zero
     * @throws IdempotencyConflictException when the key was used with a different amount or type
     */
    LedgerAppend append(LedgerEntry entry);

    /** Newest first ({@code created_at} then id, both descending). */
    Page<CreditTransaction> list(UUID userId, PageRequest page);

    long count(UUID userId);

    /** The user's auto top-up settings; {@link AutoTopUpConfig#DEFAULT} before any were saved. */
    AutoTopUpConfig autoTopUp(UUID userId);

    void saveAutoTopUp(UUID userId, AutoTopUpConfig config);
}
