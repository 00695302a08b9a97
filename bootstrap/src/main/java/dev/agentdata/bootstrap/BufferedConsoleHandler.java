package dev.agentdata.bootstrap;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * The console handler of logging.properties: like {@link java.util.logging.ConsoleHandler}, records go to
 * {@code System.err} and are configured by {@code <this class>.level} and {@code .formatter}. Unlike it, a record
 * below WARNING is not flushed on its own: a daemon thread flushes what was written at most {@link #FLUSH_MILLIS}
 * later (and the 8 KB buffer flushes itself when full). The access log writes one line per request, and a flush per
 * line was a write system call per request. Warnings and errors are flushed at once; at shutdown, LogManager's
 * reset flushes the rest ({@link #close()}). A process killed without shutdown may lose the last
 * {@link #FLUSH_MILLIS} of info lines.
 */
public final class BufferedConsoleHandler extends StreamHandler {
    /** The longest an info line waits in the buffer. */
    static final long FLUSH_MILLIS = 100;

    /** Whether something was written since the last flush (the flusher sleeps through quiet periods). */
    private volatile boolean pending;
    /** Set by {@link #close()}: the flusher stops (a configuration read again makes new handlers). */
    private volatile boolean closed;

    public BufferedConsoleHandler() {
        this(System.err);
    }

    BufferedConsoleHandler(OutputStream out) {
        setOutputStream(out);
        Thread.ofPlatform().daemon().name("log-flush").start(this::flushEvery);
    }

    @Override
    public void publish(LogRecord record) {
        super.publish(record);
        if (record != null && record.getLevel().intValue() >= Level.WARNING.intValue()) {
            flush();
        } else {
            pending = true;
        }
    }

    @Override
    public void flush() {
        pending = false;
        super.flush();
    }

    /** Flushes without closing {@code System.err}, as ConsoleHandler does. */
    @Override
    public void close() {
        closed = true;
        flush();
    }

    private void flushEvery() {
        while (!closed) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS));
            if (pending) {
                flush();
            }
        }
    }
}
