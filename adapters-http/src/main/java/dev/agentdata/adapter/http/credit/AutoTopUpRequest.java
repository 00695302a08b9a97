package dev.agentdata.adapter.http.credit;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.domain.credit.AutoTopUpConfig;

/**
 * Body of {@code PUT /credits/auto-top-up}: {@code enabled} and {@code threshold} required, {@code amount} required
 * when enabled (400), so that the never-set default {@code {"enabled": false, "threshold": 0, "amount": null}} can
 * be sent back as read; threshold >= 0, amount > 0 (422).
 */
public record AutoTopUpRequest(Boolean enabled, Long threshold, Long amount) {
    AutoTopUpConfig toConfig() {
        BadRequestCollector errors = new BadRequestCollector().required("enabled", enabled)
                .required("threshold", threshold);
        if (Boolean.TRUE.equals(enabled)) {
            errors.required("amount", amount);
        }
        errors.check();
        return new AutoTopUpConfig(enabled, threshold, amount);
    }
}
