package dev.agentdata.domain.store;

import java.util.Locale;
import java.util.Optional;

/** An admin's verdict on a submission and the status it leads to. */
public enum ReviewDecision {
    APPROVE(SubmissionStatus.APPROVED), REJECT(SubmissionStatus.REJECTED);

    private final SubmissionStatus outcome;

    ReviewDecision(SubmissionStatus outcome) {
        this.outcome = outcome;
    }

    public SubmissionStatus outcome() {
        return outcome;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewDecision> fromWireName(String name) {
        for (ReviewDecision d : values()) {
            if (d.wireName().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
