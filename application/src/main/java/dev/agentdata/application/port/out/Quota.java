package dev.agentdata.application.port.out;

import java.time.Duration;
import java.util.Objects;

/** How many requests one key may make per window: the whole allowance comes back when the window is over. */
public record Quota(long requests, Duration window) {
    public Quota {
        Objects.requireNonNull(window, "window");
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be >= 1, was " + requests);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
    }
}
