package dev.agentdata.adapter.memory.store;

import dev.agentdata.domain.store.ListingView;

/** A listing view with its sort key in the query's order (higher first, then id descending). */
record RankedListing(ListingView view, double key) {
}
