package dev.agentdata.adapter.http.credit;

import dev.agentdata.adapter.http.common.Shape;
import dev.agentdata.domain.credit.AutoTopUpConfig;

/** Body of {@code PUT /credits/auto-top-up}; {@code amount} may be null only while disabled (422 otherwise). */
public record AutoTopUpRequest(Boolean enabled, Long threshold, Long amount) {
    AutoTopUpConfig toConfig() {
        new Shape().required("enabled", enabled).required("threshold", threshold).check();
        return new AutoTopUpConfig(enabled, threshold, amount);
    }
}
