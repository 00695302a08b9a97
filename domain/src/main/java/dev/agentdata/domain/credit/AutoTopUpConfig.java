package dev.agentdata.domain.credit;

import java.util.ArrayList;
import java.util.List;

import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;

/**
 * When a usage charge leaves the balance below {@code threshold}, top up by {@code amount} (null until a
 * user first sets one).
 */
public record AutoTopUpConfig(boolean enabled, long threshold, Long amount) {
    public static final AutoTopUpConfig DEFAULT = new AutoTopUpConfig(false, 0, null);

    public AutoTopUpConfig {
        List<Violation> violations = new ArrayList<>();
        if (threshold < 0) {
            violations.add(new Violation("threshold", "must be >= 0"));
        }
        if (amount != null && amount <= 0) {
            violations.add(new Violation("amount", "must be > 0"));
        }
        if (enabled && amount == null) {
            violations.add(new Violation("amount", "is required when enabled"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Whether a charge that left {@code balanceAfter} should trigger a top-up. */
    public boolean triggeredBy(long balanceAfter) {
        return enabled && balanceAfter < threshold;
    }
}
