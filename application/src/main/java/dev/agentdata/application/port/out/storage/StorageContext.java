package dev.agentdata.application.port.out.storage;

import java.time.Clock;
import java.util.Objects;

import dev.agentdata.application.port.out.WritePositions;

/**
 * What the server shares with the storage it opens. It grows by components, so adding one changes no provider's
 * signature.
 *
 * @param clock          the server's clock, for adapters that keep time themselves (the memory job leases)
 * @param writePositions where read-your-writes remembers each user's last write (Redis when the servers share it,
 *                       else this server's memory); {@link WritePositions#NONE} keeps replicas unused
 */
public record StorageContext(Clock clock, WritePositions writePositions) {
    public StorageContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(writePositions, "writePositions");
    }

    /** A context whose replicas, if any, stay unused: nothing remembers write positions. */
    public StorageContext(Clock clock) {
        this(clock, WritePositions.NONE);
    }

    /** The context of a real server: the system clock in UTC. */
    public static StorageContext system() {
        return new StorageContext(Clock.systemUTC());
    }
}
