package dev.agentdata.application.service;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.storage.StoragePorts;
import dev.agentdata.application.service.TestDoubles.MovableClock;

/**
 * Base of the use-case tests: the services wired on a fresh storage, with a clock the test moves by hand (it has
 * nanoseconds, so truncation to micros shows) and predictable ids. The tests live here, beside their subject; each
 * storage adapter runs them by subclassing with its {@link #freshStorage()}, as it runs the port contract suites.
 */
public abstract class UseCaseTest {
    protected final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T12:00:00.123456789Z"));
    private final AtomicLong idSeq = new AtomicLong();
    protected final IdGenerator ids = () -> new UUID(0xA11CEL, idSeq.incrementAndGet());
    protected final WiredServices app = new WiredServices(freshStorage(), clock, ids);

    /** A fresh, empty storage; called once per test, while the test instance is built (so use no fields). */
    protected abstract StoragePorts freshStorage();
}
