package dev.agentdata.adapter.http.credit;

import dev.agentdata.domain.credit.AutoTopUpConfig;

/** Auto top-up settings on the wire ({@code amount} null until first set). */
public record AutoTopUpResponse(boolean enabled, long threshold, Long amount) {
    public static AutoTopUpResponse from(AutoTopUpConfig c) {
        return new AutoTopUpResponse(c.enabled(), c.threshold(), c.amount());
    }
}
