package dev.agentdata.bootstrap;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.Status;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;

/**
 * Closes a connection whose request has not arrived within the read timeout: from its request line, its headers and,
 * when it has one, its body must be in before the answer starts. Helidon itself only times out a connection that has
 * not sent a whole request line (its idle-connection check, set to the same timeout), and its socket options do not
 * apply to the channels it reads, so without this a client that sends half a request holds its connection forever.
 * A request without a body is done once its headers are in, so a long answer (an event stream) is never cut here.
 */
final class RequestReadDeadlines {
    /** One thread for every server in the JVM: it only sweeps the pending deadlines. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agentdata-read-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final long timeoutNanos;
    private final ConcurrentHashMap<ConnectionContext, Long> deadlines = new ConcurrentHashMap<>();

    private RequestReadDeadlines(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /** Deadlines of {@code timeout}, swept every {@code period}. */
    static RequestReadDeadlines start(Duration timeout, Duration period) {
        RequestReadDeadlines deadlines = new RequestReadDeadlines(timeout);
        WATCHDOG.scheduleWithFixedDelay(deadlines::sweep, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return deadlines;
    }

    /** What the connection receives: a request line starts the clock, headers without a body stop it. */
    Http1ConnectionListener receiving() {
        return new Http1ConnectionListener() {
            @Override
            public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
                deadlines.put(ctx, System.nanoTime() + timeoutNanos);
            }

            @Override
            public void headers(ConnectionContext ctx, Headers headers) {
                boolean body = headers.contentLength().orElse(0) > 0 || headers.contains(HeaderNames.TRANSFER_ENCODING);
                if (!body) {
                    deadlines.remove(ctx);
                }
            }
        };
    }

    /** What the connection sends: once the answer starts, the request was read. */
    Http1ConnectionListener sending() {
        return new Http1ConnectionListener() {
            @Override
            public void status(ConnectionContext ctx, Status status) {
                deadlines.remove(ctx);
            }
        };
    }

    private void sweep() {
        long now = System.nanoTime();
        deadlines.forEach((ctx, deadline) -> {
            if (now - deadline > 0 && deadlines.remove(ctx, deadline)) {
                ctx.serverSocket().close();
            }
        });
    }
}
