package dev.agentdata.application.port.out;

import java.util.Optional;
import java.util.Set;

/**
 * A position in a stream of events across executions, in the storage's own terms of writers (for Postgres, the
 * writing transactions' ids): a read returns the events of writers at or above {@code from} and of the writers
 * {@code pending} (still running when the last read looked), minus the ids in {@code delivered} (already handed
 * out). Only {@code resumeFrom}, a writer below every one not yet read, survives a reconnect: a resumed stream may
 * repeat events, never miss one.
 */
public record UserEventCursor(long from, Set<Long> pending, Set<Long> delivered, long resumeFrom) {
    public UserEventCursor {
        pending = Set.copyOf(pending);
        delivered = Set.copyOf(delivered);
    }

    /** Every event of a writer at or above {@code writer}. */
    public static UserEventCursor at(long writer) {
        return new UserEventCursor(writer, Set.of(), Set.of(), writer);
    }

    /** The resume token a client keeps (the SSE id): {@code <event id>-<resumeFrom>}. */
    public String token(long eventId) {
        return eventId + "-" + resumeFrom;
    }

    /** The cursor a client's token resumes from, or empty when it is not one of ours. */
    public static Optional<UserEventCursor> fromToken(String token) {
        int dash = token.lastIndexOf('-');
        if (dash < 1 || dash == token.length() - 1) {
            return Optional.empty();
        }
        try {
            Long.parseLong(token.substring(0, dash));
            long writer = Long.parseLong(token.substring(dash + 1));
            return writer < 0 ? Optional.empty() : Optional.of(at(writer));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
