package dev.agentdata.adapter.memory.credit;

import java.util.UUID;

/** A user's idempotency key, unique per user. */
record IdempotencyKey(UUID userId, String key) {
}
