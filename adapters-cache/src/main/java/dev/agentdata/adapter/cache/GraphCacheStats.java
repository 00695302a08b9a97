package dev.agentdata.adapter.cache;

/**
 * Counters of the graph-version cache: lookups served from memory, lookups that went to the delegate,
 * versions dropped for size, versions dropped because their graph changed, and versions held now.
 */
public record GraphCacheStats(long hits, long misses, long evictions, long invalidations, long size) {
}
