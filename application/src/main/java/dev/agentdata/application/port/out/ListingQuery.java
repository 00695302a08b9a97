package dev.agentdata.application.port.out;

import java.util.Optional;

import dev.agentdata.domain.store.ListingSort;

/**
 * Filters and order of the store search: {@code text} is full-text search over name, sub heading and description;
 * without an explicit sort, a text query orders by relevance and no text by recency.
 */
public record ListingQuery(Optional<String> text, Optional<String> category, ListingSort sort) {
    public ListingQuery {
        text = text == null ? Optional.empty() : text.map(String::strip).filter(t -> !t.isEmpty());
        category = category == null ? Optional.empty() : category.filter(c -> !c.isEmpty());
        if (sort == null) {
            sort = text.isPresent() ? ListingSort.RELEVANCE : ListingSort.RECENT;
        } else if (sort == ListingSort.RELEVANCE && text.isEmpty()) {
            sort = ListingSort.RECENT;
        }
    }

    public static ListingQuery all() {
        return new ListingQuery(Optional.empty(), Optional.empty(), null);
    }
}
