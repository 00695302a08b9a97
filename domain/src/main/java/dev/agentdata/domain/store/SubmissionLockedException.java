package dev.agentdata.domain.store;

import dev.agentdata.domain.common.ConflictException;

/** An owner's change the submission's status forbids: editing one that is not pending, deleting an approved one. */
public final class SubmissionLockedException extends ConflictException {
    private final SubmissionStatus status;

    public SubmissionLockedException(String action, SubmissionStatus status, String allowed) {
        super("the submission is " + status.wireName() + " and cannot be " + action + "; only " + allowed
                + " submissions can; current status is " + status.wireName());
        this.status = status;
    }

    public SubmissionStatus status() {
        return status;
    }
}
