package dev.agentdata.application.port.out;

import java.time.Duration;

/**
 * Makes each scheduled job (timeout sweeper, prune, backup) run once per interval across every server that shares
 * the storage: every server asks at its own tick, and only the one that claims the run does the work.
 */
public interface JobLeases {
    /**
     * Claims the run of {@code job} that is due now: {@code true} for exactly one caller per due run among all
     * servers on this storage; the next run of {@code job} falls due {@code interval} after this claim, by the
     * storage's own clock. A job never claimed before is due at once.
     */
    boolean claim(String job, Duration interval);
}
