package dev.agentdata.adapter.memory.store;

import dev.agentdata.domain.store.StoreListing;

/** A published listing with its sort key in the query's order (higher first, then id descending). */
record RankedListing(StoreListing listing, double key) {
}
