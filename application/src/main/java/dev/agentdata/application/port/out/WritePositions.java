package dev.agentdata.application.port.out;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * What read-your-writes needs to remember across servers (Redis) or in one server (memory): per user, the primary's
 * WAL position after that user's data last changed, and an epoch position that every replica must have passed before
 * it answers anyone (set when the remembered positions may have been lost). Calls may throw
 * {@link SharedStateUnavailableException}; callers then read the primary.
 */
public interface WritePositions {
    /**
     * Remembers that {@code userId}'s data changed before the primary reached {@code position}, for {@code keep}
     * (the lag a replica may have covers the rest); keeps the highest.
     */
    void remember(UUID userId, long position, Duration keep);

    /**
     * The position a replica must have replayed before it may answer {@code userId}'s reads: the higher of the
     * user's and the epoch's. Empty when there is no epoch (state lost, or never started): the caller reads the
     * primary and starts one with {@link #startEpoch}.
     */
    OptionalLong floor(UUID userId);

    /** Starts (or raises) the epoch to {@code position}, the primary's position read after the loss was seen. */
    void startEpoch(long position);

    /** Remembers nothing and never has an epoch: every read goes to the primary. */
    WritePositions NONE = new WritePositions() {
        @Override
        public void remember(UUID userId, long position, Duration keep) {
        }

        @Override
        public OptionalLong floor(UUID userId) {
            return OptionalLong.empty();
        }

        @Override
        public void startEpoch(long position) {
        }
    };
}
