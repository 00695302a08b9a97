package dev.agentdata.application.service.execution;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.agentdata.application.port.in.execution.AwaitExecutionEventsUseCase;
import dev.agentdata.application.port.out.ExecutionEventLog;
import dev.agentdata.application.port.out.ExecutionEventLog.Changes;
import dev.agentdata.application.port.out.UserEventCursor;

/**
 * The one waker of a server: while at least one stream is open, one thread polls the outbox every
 * {@code interval} (one cheap query, whatever the number of streams; {@link #QUIET_FACTOR} times less often after a
 * quiet second) and signals the subscriptions of the
 * executions and users that have new events. No connection per subscriber, no LISTEN (which needs a direct
 * connection and does not pass a transaction pooler), no NOTIFY (a database-wide lock at every commit).
 */
public final class ExecutionEventWaker implements AwaitExecutionEventsUseCase, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ExecutionEventWaker.class.getName());

    private final ExecutionEventLog events;
    private final Duration interval;
    private final Map<UUID, Set<Signal>> byKey = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition subscribed = lock.newCondition();
    private final Thread poller;
    private int open;
    private volatile boolean closed;

    public ExecutionEventWaker(ExecutionEventLog events, Duration interval) {
        this.events = Objects.requireNonNull(events, "events");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.poller = Thread.ofPlatform().daemon().name("agentdata-event-waker").unstarted(this::run);
        poller.start();
    }

    @Override
    public Subscription subscribe(UUID executionId, UUID userId) {
        UUID key = executionId != null ? executionId : userId;
        Signal signal = new Signal(key);
        byKey.compute(key, (k, set) -> {
            Set<Signal> signals = set != null ? set : ConcurrentHashMap.newKeySet();
            signals.add(signal);
            return signals;
        });
        lock.lock();
        try {
            open++;
            subscribed.signalAll();
        } finally {
            lock.unlock();
        }
        return signal;
    }

    /** How many streams are open on this server. */
    public int openSubscriptions() {
        lock.lock();
        try {
            return open;
        } finally {
            lock.unlock();
        }
    }

    /**
     * After this many polls in a row found nothing (a second, at the default 20 ms), the waker polls
     * {@link #QUIET_FACTOR} times less often until one finds something: streams that idle for minutes cost a
     * quarter of the queries, and only the first event after a quiet second waits up to 60 ms longer.
     */
    static final int QUIET_POLLS = 50;
    static final int QUIET_FACTOR = 4;

    /** How long the waker sleeps after {@code emptyPolls} polls in a row that found nothing. */
    static long sleepMillis(Duration interval, int emptyPolls) {
        return emptyPolls >= QUIET_POLLS ? interval.toMillis() * QUIET_FACTOR : interval.toMillis();
    }

    private void run() {
        Optional<UserEventCursor> cursor = Optional.empty();
        int emptyPolls = 0;
        while (!closed) {
            try {
                if (!awaitSubscribers()) {
                    cursor = Optional.empty();
                    emptyPolls = 0;
                    continue;
                }
                boolean fresh = cursor.isEmpty();
                Changes changes = events.changedAfter(cursor);
                cursor = Optional.of(changes.next());
                if (fresh) {
                    // what committed before the first poll is read by the streams themselves; wake them once
                    byKey.values().forEach(s -> s.forEach(Signal::signal));
                }
                changes.executionIds().forEach(this::signal);
                changes.userIds().forEach(this::signal);
                boolean found = fresh || !changes.executionIds().isEmpty() || !changes.userIds().isEmpty();
                emptyPolls = found ? 0 : emptyPolls + 1;
                Thread.sleep(sleepMillis(interval, emptyPolls));
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the database may be down: the streams keep their own fallback re-reads; try again shortly
                LOG.log(Level.FINE, "polling the event outbox failed", e);
                cursor = Optional.empty();
                sleepQuietly();
            }
        }
    }

    /** Waits until a stream is open; false when it waited (the cursor must restart from now). */
    private boolean awaitSubscribers() throws InterruptedException {
        lock.lock();
        try {
            if (open > 0) {
                return true;
            }
            while (open == 0 && !closed) {
                subscribed.await(1, TimeUnit.SECONDS);
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void signal(UUID key) {
        Set<Signal> signals = byKey.get(key);
        if (signals != null) {
            signals.forEach(Signal::signal);
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(Math.max(interval.toMillis(), 200));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        poller.interrupt();
    }

    /** One subscription: a binary signal (a permit, never more than one). */
    private final class Signal implements Subscription {
        private final UUID key;
        private final Semaphore permit = new Semaphore(0);
        private boolean done;

        Signal(UUID key) {
            this.key = key;
        }

        void signal() {
            if (permit.availablePermits() == 0) {
                permit.release();
            }
        }

        @Override
        public boolean await(Duration max) throws InterruptedException {
            boolean signalled = permit.tryAcquire(max.toNanos(), TimeUnit.NANOSECONDS);
            permit.drainPermits();
            return signalled;
        }

        @Override
        public void close() {
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
            }
            byKey.computeIfPresent(key, (k, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
            lock.lock();
            try {
                open--;
            } finally {
                lock.unlock();
            }
        }
    }
}
