package dev.agentdata.application.port.out;

import java.util.Objects;

import dev.agentdata.domain.credit.CreditTransaction;

/** What an append did: the stored transaction, and whether it was already there under the same key. */
public record LedgerAppend(CreditTransaction transaction, boolean replayed) {
    public LedgerAppend {
        Objects.requireNonNull(transaction, "transaction");
    }
}
