package dev.agentdata.adapter.http.event;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.sse.SseSink;

import dev.agentdata.adapter.http.auth.CredentialRecheck;
import dev.agentdata.application.port.in.execution.AwaitExecutionEventsUseCase.Subscription;

/**
 * Drives one open stream: read what is new, send it, then wait for a wake-up, a keep-alive or a credential check,
 * whichever comes first. Ends when the source says so (the terminal event), the credential no longer holds, or the
 * client has gone (a write fails).
 */
final class EventStreamLoop {
    /** One frame to send: its SSE id, event name and JSON data. */
    record Frame(String id, String name, String json) {
    }

    /** What a stream reads each time it wakes. */
    interface Source {
        /** The frames committed since the last call; {@link Batch#last()} when the stream must end after them. */
        Batch next();
    }

    record Batch(List<Frame> frames, boolean last) {
    }

    private final EventStreamSettings settings;

    EventStreamLoop(EventStreamSettings settings) {
        this.settings = settings;
    }

    void run(SseSink sink, Source source, Subscription wakeUps, CredentialRecheck credential) {
        long keepAliveNanos = settings.keepAlive().toNanos();
        long rereadNanos = settings.reread().toNanos();
        long lastSent = System.nanoTime();
        long lastRead = lastSent;
        long nextCheck = lastSent + settings.credentialCheck().toNanos();
        boolean read = true;
        try {
            while (true) {
                // the outbox is read when the waker signals, and every reread in case a signal was lost; a wake-up
                // for a keep-alive or a credential check reads nothing (1,000 idle streams would each query at once)
                if (read) {
                    lastRead = System.nanoTime();
                    Batch batch = source.next();
                    for (Frame f : batch.frames()) {
                        sink.emit(SseEvent.builder().id(f.id()).name(f.name()).data(f.json()).build());
                        lastSent = System.nanoTime();
                    }
                    if (batch.last()) {
                        return;
                    }
                }
                long now = System.nanoTime();
                if (now - lastSent >= keepAliveNanos) {
                    // Helidon writes the comment right after the colon; API.md shows ": keep-alive"
                    sink.emit(SseEvent.builder().comment(" keep-alive").build());
                    lastSent = now;
                }
                if (now - nextCheck >= 0) {
                    if (!credential.stillValid()) {
                        return;
                    }
                    nextCheck = now + settings.credentialCheck().toNanos();
                }
                long wait = Math.min(Math.min(lastSent + keepAliveNanos - now, nextCheck - now),
                        lastRead + rereadNanos - now);
                boolean signalled = wakeUps.await(Duration.ofNanos(Math.max(wait, 1_000_000)));
                read = signalled || System.nanoTime() - lastRead >= rereadNanos;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UncheckedIOException | IllegalStateException e) {
            // the client went away: nothing to send it
        } catch (RuntimeException e) {
            // storage trouble mid-stream: end it; the client resumes from its last id
        } finally {
            wakeUps.close();
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // already closed by the client
            }
        }
    }
}
