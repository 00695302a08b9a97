package dev.agentdata.adapter.http.store;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.application.port.in.store.ReviewListingCommand;

/** Body of {@code POST /store/listings/{slug}/reviews}: a score 1..5 and optional comments. */
public record ListingReviewRequest(Integer score, String comments) {
    ReviewListingCommand toCommand(String slug) {
        new BadRequestCollector().required("score", score).check();
        return new ReviewListingCommand(slug, score, comments);
    }
}
