package dev.agentdata.domain.credit;

import dev.agentdata.domain.common.DomainException;

/** A usage charge larger than the balance; nothing was changed. */
public final class InsufficientCreditsException extends DomainException {
    private final long balance;
    private final long required;

    public InsufficientCreditsException(long balance, long required) {
        super("insufficient credits: balance " + balance + ", required " + required);
        this.balance = balance;
        this.required = required;
    }

    public long balance() {
        return balance;
    }

    public long required() {
        return required;
    }
}
