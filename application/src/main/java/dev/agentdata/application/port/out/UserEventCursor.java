package dev.agentdata.application.port.out;

import java.util.Optional;
import java.util.Set;

/**
 * A position in one user's graph-level event stream. {@code horizon} is the storage's own mark below which every
 * writer has finished (all their events were read); {@code delivered} are the ids at or above it already handed out,
 * so that a live stream sends each once. Only the horizon survives a reconnect: a resumed stream may repeat events.
 */
public record UserEventCursor(long horizon, Set<Long> delivered) {
    public UserEventCursor {
        delivered = Set.copyOf(delivered);
    }

    /** The resume token a client keeps (the SSE id): {@code <event id>-<horizon>}. */
    public String token(long eventId) {
        return eventId + "-" + horizon;
    }

    /** The cursor a client's token resumes from, or empty when it is not one of ours. */
    public static Optional<UserEventCursor> fromToken(String token) {
        int dash = token.lastIndexOf('-');
        if (dash < 1 || dash == token.length() - 1) {
            return Optional.empty();
        }
        try {
            Long.parseLong(token.substring(0, dash));
            long horizon = Long.parseLong(token.substring(dash + 1));
            return horizon < 0 ? Optional.empty() : Optional.of(new UserEventCursor(horizon, Set.of()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
