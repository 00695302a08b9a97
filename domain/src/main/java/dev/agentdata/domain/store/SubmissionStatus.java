package dev.agentdata.domain.store;

import java.util.Locale;
import java.util.Optional;

/** Where a store submission is in review: pending until an admin approves or rejects it. */
public enum SubmissionStatus {
    PENDING, APPROVED, REJECTED;

    /** Pending may be approved or rejected; an approved version may still be withdrawn by rejecting it. */
    public boolean canMoveTo(SubmissionStatus to) {
        return switch (this) {
            case PENDING -> to == APPROVED || to == REJECTED;
            case APPROVED -> to == REJECTED;
            case REJECTED -> false;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SubmissionStatus> fromWireName(String name) {
        for (SubmissionStatus s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
