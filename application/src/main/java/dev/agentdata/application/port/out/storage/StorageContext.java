package dev.agentdata.application.port.out.storage;

import java.time.Clock;
import java.util.Objects;

/**
 * What the server shares with the storage it opens. It grows by components (later: the store of write positions
 * for read-your-writes), so adding one changes no provider's signature.
 *
 * @param clock the server's clock, for adapters that keep time themselves (the memory job leases)
 */
public record StorageContext(Clock clock) {
    public StorageContext {
        Objects.requireNonNull(clock, "clock");
    }

    /** The context of a real server: the system clock in UTC. */
    public static StorageContext system() {
        return new StorageContext(Clock.systemUTC());
    }
}
