package dev.agentdata.adapter.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory storage's ONE lock and the undo log that makes a unit of work all or nothing; the tables themselves
 * are typed maps owned by the repositories.
 *
 * <p>How a memory repository uses it (credits, store and later teams follow the same recipe):
 * <ol>
 *   <li>own its maps as typed fields ({@code Map<UUID, User>}); store immutable values (records) only; read another
 *       repository's data only through that repository's methods, never its maps;</li>
 *   <li>run each method body in {@link #atomically(Supplier)}: it takes the lock, joins the running unit of work
 *       (see {@link InMemoryTransactions}) or forms its own, and undoes the method's changes if it throws;</li>
 *   <li>change tables only through {@link #put} and {@link #remove}, which log their own inverse; for any other
 *       change register the inverse yourself with {@link #onRollback(Runnable)}.</li>
 * </ol>
 * Reads need the lock too ({@link #atomically}), because the tables are plain maps.
 * Which repositories share one database is decided in one place, {@link MemoryStorageProvider#ports}.
 */
public final class InMemoryDatabase {
    private final ReentrantLock lock = new ReentrantLock();
    private Deque<Runnable> undoLog;

    /**
     * Runs {@code work} holding the lock. Inside a running unit of work it joins it; otherwise it is a unit of
     * work of its own. When the outermost unit throws, every change logged in it is undone, newest first, and
     * the exception is rethrown.
     */
    public <T> T atomically(Supplier<T> work) {
        lock.lock();
        try {
            if (undoLog != null) {
                return work.get();
            }
            undoLog = new ArrayDeque<>();
            try {
                T result = work.get();
                undoLog = null;
                return result;
            } catch (RuntimeException | Error e) {
                rollback();
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** As {@link #atomically(Supplier)} for work without a result. */
    public void atomically(Runnable work) {
        atomically(() -> {
            work.run();
            return null;
        });
    }

    /** Registers the inverse of a change just made; it runs if the unit of work fails. Call only inside {@link #atomically}. */
    public void onRollback(Runnable inverse) {
        requireLock();
        undoLog.push(inverse);
    }

    /** {@code table.put(key, value)}, undone on rollback; returns the previous value. */
    public <K, V> V put(Map<K, V> table, K key, V value) {
        requireLock();
        boolean existed = table.containsKey(key);
        V previous = table.put(key, value);
        undoLog.push(() -> restore(table, key, existed, previous));
        return previous;
    }

    /** {@code table.remove(key)}, undone on rollback; returns the removed value. */
    public <K, V> V remove(Map<K, V> table, K key) {
        requireLock();
        if (!table.containsKey(key)) {
            return null;
        }
        V previous = table.remove(key);
        undoLog.push(() -> restore(table, key, true, previous));
        return previous;
    }

    private static <K, V> void restore(Map<K, V> table, K key, boolean existed, V previous) {
        if (existed) {
            table.put(key, previous);
        } else {
            table.remove(key);
        }
    }

    private void rollback() {
        Deque<Runnable> log = undoLog;
        undoLog = null;
        while (!log.isEmpty()) {
            log.pop().run();
        }
    }

    private void requireLock() {
        if (!lock.isHeldByCurrentThread() || undoLog == null) {
            throw new IllegalStateException("table changes must run inside InMemoryDatabase.atomically");
        }
    }
}
