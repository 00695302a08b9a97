package dev.agentdata.domain.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A published listing as the store shows it: the active version's texts, its creator's display name and
 * the counters ({@code rating} is the mean score, null without reviews).
 */
public record ListingView(UUID id, String slug, String name, String subHeading, String description,
                          List<String> categories, String creator, UUID graphId, int graphVersion, int version,
                          Double rating, long reviewCount, long runCount, Instant updatedAt) {
    public ListingView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(graphId, "graph_id");
        Objects.requireNonNull(updatedAt, "updated_at");
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
