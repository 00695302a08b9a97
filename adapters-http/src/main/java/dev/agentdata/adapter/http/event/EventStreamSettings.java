package dev.agentdata.adapter.http.event;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing of the event streams.
 *
 * @param keepAlive       a comment line is sent after this long without an event (API.md: 15 s)
 * @param credentialCheck how often a stream re-checks the credential that opened it (API.md: at least every 60 s)
 * @param reread          the longest a stream waits without reading the outbox itself, in case a wake-up was lost
 */
public record EventStreamSettings(Duration keepAlive, Duration credentialCheck, Duration reread) {
    public static final EventStreamSettings DEFAULTS = new EventStreamSettings(Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofSeconds(60));

    public EventStreamSettings {
        Objects.requireNonNull(keepAlive, "keepAlive");
        Objects.requireNonNull(credentialCheck, "credentialCheck");
        Objects.requireNonNull(reread, "reread");
        if (keepAlive.isNegative() || keepAlive.isZero() || credentialCheck.isNegative() || credentialCheck.isZero()
                || reread.isNegative() || reread.isZero()) {
            throw new IllegalArgumentException("event stream intervals must be positive");
        }
    }
}
