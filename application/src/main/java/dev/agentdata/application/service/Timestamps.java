package dev.agentdata.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The services' notion of now: the injected clock, truncated to the microseconds storage keeps. */
public final class Timestamps {
    private Timestamps() {
    }

    public static Instant of(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
