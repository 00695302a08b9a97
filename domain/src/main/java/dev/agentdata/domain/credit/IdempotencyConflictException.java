package dev.agentdata.domain.credit;

import dev.agentdata.domain.common.ConflictException;

/** An idempotency key replayed with a different amount than the one it was first used with. */
public final class IdempotencyConflictException extends ConflictException {
    private final String idempotencyKey;

    public IdempotencyConflictException(String idempotencyKey) {
        super("idempotency key was already used with a different amount");
        this.idempotencyKey = idempotencyKey;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
