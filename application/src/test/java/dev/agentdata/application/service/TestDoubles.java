package dev.agentdata.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.agentdata.application.port.out.IdGenerator;
import dev.agentdata.application.port.out.Transactions;

/** Small test doubles shared by the service tests: a movable clock, counting ids, pass-through transactions. */
public final class TestDoubles {
    private TestDoubles() {
    }

    /** A clock that stands still until moved. */
    public static final class MovableClock extends Clock {
        /** Volatile: racing tests read it from several threads. */
        private volatile Instant now;

        public MovableClock(Instant start) {
            this.now = start;
        }

        public void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        public void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    public static IdGenerator countingIds() {
        AtomicLong next = new AtomicLong();
        return () -> new UUID(0, next.incrementAndGet());
    }

    /** Runs the work directly and counts units of work. */
    public static final class DirectTransactions implements Transactions {
        public int units;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            units++;
            return work.get();
        }
    }
}
