package dev.agentdata.application.service.limit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import dev.agentdata.application.port.out.Quota;

/**
 * API.md's rate limits: requests per window of each identified caller, and failed authentications per window of
 * each client address; {@code 0} turns either off.
 */
public record RateLimits(long callerRequests, long failedAuthentications, Duration window) {
    public static final RateLimits OFF = new RateLimits(0, 0, Duration.ofSeconds(10));

    public RateLimits {
        Objects.requireNonNull(window, "window");
        if (callerRequests < 0 || failedAuthentications < 0) {
            throw new IllegalArgumentException("rate limits must be >= 0 (0: off)");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
    }

    Optional<Quota> callerQuota() {
        return callerRequests == 0 ? Optional.empty() : Optional.of(new Quota(callerRequests, window));
    }

    Optional<Quota> addressQuota() {
        return failedAuthentications == 0 ? Optional.empty() : Optional.of(new Quota(failedAuthentications, window));
    }
}
