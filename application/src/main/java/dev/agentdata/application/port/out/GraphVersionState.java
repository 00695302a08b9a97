package dev.agentdata.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * What may change about a stored graph version, read without its nodes and links: whether it is the active one, and
 * its graph's {@code updated_at}. A cache of the immutable rest re-reads this on every use.
 */
public record GraphVersionState(boolean active, Instant updatedAt) {
    public GraphVersionState {
        Objects.requireNonNull(updatedAt, "updated_at");
    }
}
