package dev.agentdata.adapter.http.store;

import java.util.List;
import java.util.UUID;

import dev.agentdata.domain.store.ListingView;

/** A published listing on the wire: exactly API.md's twelve fields ({@code rating} null without reviews). */
public record ListingResponse(UUID id, String slug, String name, String subHeading, String description,
                              List<String> categories, String creator, UUID graphId, int graphVersion,
                              Double rating, long reviewCount, long runCount) {
    public static ListingResponse from(ListingView v) {
        return new ListingResponse(v.id(), v.slug(), v.name(), v.subHeading(), v.description(), v.categories(),
                v.creator(), v.graphId(), v.graphVersion(), v.rating(), v.reviewCount(), v.runCount());
    }
}
