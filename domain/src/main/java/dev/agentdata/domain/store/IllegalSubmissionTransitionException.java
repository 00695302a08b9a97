package dev.agentdata.domain.store;

import dev.agentdata.domain.common.ConflictException;

/** A review the submission's current status does not allow (e.g. approving a rejected version). */
public final class IllegalSubmissionTransitionException extends ConflictException {
    private final SubmissionStatus from;
    private final SubmissionStatus to;

    public IllegalSubmissionTransitionException(SubmissionStatus from, SubmissionStatus to) {
        super("submission cannot move from " + from.wireName() + " to " + to.wireName()
                + "; current status is " + from.wireName());
        this.from = from;
        this.to = to;
    }

    public SubmissionStatus from() {
        return from;
    }

    public SubmissionStatus to() {
        return to;
    }
}
