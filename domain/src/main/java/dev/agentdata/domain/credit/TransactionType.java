package dev.agentdata.domain.credit;

import java.util.Locale;
import java.util.Optional;

/** Why the balance changed; only usage takes credits away. */
public enum TransactionType {
    TOP_UP, USAGE, GRANT, REFUND;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TransactionType> fromWireName(String name) {
        for (TransactionType t : values()) {
            if (t.wireName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether amounts of this type are negative (usage) rather than positive. */
    public boolean debits() {
        return this == USAGE;
    }
}
