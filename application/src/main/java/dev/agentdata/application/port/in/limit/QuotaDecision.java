package dev.agentdata.application.port.in.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether a request may go ahead under its quota, with what the {@code RateLimit-*} headers report: the limit, the
 * requests left and the time until the quota is whole again. {@link #unlimited()} when limits are off.
 */
public record QuotaDecision(boolean allowed, long limit, long remaining, Duration untilReset) {
    private static final QuotaDecision UNLIMITED = new QuotaDecision(true, 0, 0, Duration.ZERO);

    public QuotaDecision {
        Objects.requireNonNull(untilReset, "untilReset");
    }

    /** Limits are off: allowed, and nothing to report. */
    public static QuotaDecision unlimited() {
        return UNLIMITED;
    }

    public boolean limited() {
        return limit > 0;
    }
}
