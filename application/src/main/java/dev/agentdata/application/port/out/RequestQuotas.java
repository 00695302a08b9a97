package dev.agentdata.application.port.out;

/**
 * Counts requests per key (a caller, a client address) against a {@link Quota}. A store that several servers share
 * throws {@link SharedStateUnavailableException} when it cannot answer within its budget, and at once while it is
 * known to be down; a server-local one always answers.
 */
public interface RequestQuotas {
    /** Takes one request from {@code key}'s quota, creating it whole on first use. */
    QuotaUse take(String key, Quota quota);
}
