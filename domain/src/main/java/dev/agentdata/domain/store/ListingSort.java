package dev.agentdata.domain.store;

import java.util.Locale;
import java.util.Optional;

/**
 * Orders of the listing search, each ending in id descending: {@code RECENT} by last change of the active
 * version, {@code RATING} by mean score (unrated last), {@code RELEVANCE} by text rank (only with a query).
 */
public enum ListingSort {
    RELEVANCE, RATING, RECENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sorts a client may ask for: {@code rating} and {@code recent}. */
    public static Optional<ListingSort> fromWireName(String name) {
        return switch (name) {
            case "rating" -> Optional.of(RATING);
            case "recent" -> Optional.of(RECENT);
            default -> Optional.empty();
        };
    }
}
