package dev.agentdata.application.port.out;

import java.util.Optional;

/**
 * A keyset page request: at most {@code limit} items strictly after {@code after} in the list's order
 * ({@code after} empty for the first page).
 */
public record PageRequest(int limit, Optional<Cursor> after, boolean includeTotal) {
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        after = after == null ? Optional.empty() : after;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty(), false);
    }
}
