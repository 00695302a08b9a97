package dev.agentdata.adapter.http.credit;

import dev.agentdata.adapter.http.common.Shape;
import dev.agentdata.domain.credit.AutoTopUpConfig;

/** Body of {@code PUT /credits/auto-top-up}: all three fields required (400); threshold >= 0, amount > 0 (422). */
public record AutoTopUpRequest(Boolean enabled, Long threshold, Long amount) {
    AutoTopUpConfig toConfig() {
        new Shape().required("enabled", enabled).required("threshold", threshold).required("amount", amount).check();
        return new AutoTopUpConfig(enabled, threshold, amount);
    }
}
