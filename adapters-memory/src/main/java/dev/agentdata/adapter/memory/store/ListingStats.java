package dev.agentdata.adapter.memory.store;

/** The rating counters of one listing: how many reviews and the sum of their scores. */
record ListingStats(long reviewCount, long scoreSum) {
    static final ListingStats NONE = new ListingStats(0, 0);

    ListingStats plusReview(long count, long sum) {
        return new ListingStats(reviewCount + count, scoreSum + sum);
    }
}
