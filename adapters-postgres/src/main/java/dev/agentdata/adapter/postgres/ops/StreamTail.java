package dev.agentdata.adapter.postgres.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** Drains a tool's output on a virtual thread, counting lines (and lines that match) and keeping the last few. */
final class StreamTail {
    private static final int KEEP = 15;

    private final Deque<String> tail = new ArrayDeque<>();
    private final AtomicLong lines = new AtomicLong();
    private final AtomicLong marked = new AtomicLong();
    private final Thread thread;

    private StreamTail(InputStream in, Predicate<String> marker) {
        thread = Thread.ofVirtual().name("pg-tool-output").start(() -> consume(in, marker));
    }

    static StreamTail drain(InputStream in, Predicate<String> marker) {
        return new StreamTail(in, marker);
    }

    long lines() {
        return lines.get();
    }

    long marked() {
        return marked.get();
    }

    /** The last lines, once the stream has ended. */
    String tail() {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (tail) {
            return String.join(System.lineSeparator(), tail);
        }
    }

    private void consume(InputStream in, Predicate<String> marker) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.incrementAndGet();
                if (marker != null && marker.test(line)) {
                    marked.incrementAndGet();
                }
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > KEEP) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
