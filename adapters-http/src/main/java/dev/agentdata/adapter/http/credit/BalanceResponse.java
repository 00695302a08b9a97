package dev.agentdata.adapter.http.credit;

/** {@code GET /credits}. */
public record BalanceResponse(long balance) {
}
