package dev.agentdata.adapter.postgres;

/** A snapshot of the connection pool, for gauges: connections in use, idle, total, and threads waiting for one. */
public record PoolStats(int active, int idle, int total, int waiting, int max) {
}
