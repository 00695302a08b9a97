package dev.agentdata.application.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * What taking one request from a key's quota did: whether it was granted, how many requests are left, and how long
 * until the quota is whole again.
 */
public record QuotaUse(boolean granted, long remaining, Duration untilReset) {
    public QuotaUse {
        Objects.requireNonNull(untilReset, "untilReset");
        if (remaining < 0) {
            throw new IllegalArgumentException("remaining must be >= 0, was " + remaining);
        }
    }
}
