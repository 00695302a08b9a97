package dev.agentdata.domain.store;

import java.util.Optional;

/** How a listing's review count and score sum change when a user's review is written. */
public record RatingDelta(int count, long scoreSum) {
    public static RatingDelta of(Optional<StoreReview> previous, int newScore) {
        return previous.map(p -> new RatingDelta(0, (long) newScore - p.score()))
                .orElseGet(() -> new RatingDelta(1, newScore));
    }

    /** The mean score, null without reviews. */
    public static Double mean(long scoreSum, long count) {
        return count == 0 ? null : (double) scoreSum / count;
    }
}
