package dev.agentdata.domain.user;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A user's e-mail budget and on/off switch per notification type. A {@code false} is a real value and is
 * never turned back into {@code true} by a merge.
 */
public record NotificationPreferences(int maxEmailsPerDay, Set<NotificationType> enabled) {
    public static final int MAX_EMAILS_PER_DAY_LIMIT = 100;

    public NotificationPreferences {
        if (maxEmailsPerDay < 0 || maxEmailsPerDay > MAX_EMAILS_PER_DAY_LIMIT) {
            throw new IllegalArgumentException("max_emails_per_day must be between 0 and 100");
        }
        Objects.requireNonNull(enabled, "enabled");
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
    }

    public static NotificationPreferences defaults() {
        return new NotificationPreferences(3, EnumSet.allOf(NotificationType.class));
    }

    public boolean isEnabled(NotificationType type) {
        return enabled.contains(type);
    }

    /** A copy with the given switches set exactly as given (true or false) and the rest unchanged. */
    public NotificationPreferences with(Integer newMaxEmailsPerDay, Map<NotificationType, Boolean> switches) {
        EnumSet<NotificationType> next = enabled.isEmpty() ? EnumSet.noneOf(NotificationType.class) : EnumSet.copyOf(enabled);
        Map<NotificationType, Boolean> copy = new EnumMap<>(NotificationType.class);
        copy.putAll(switches);
        copy.forEach((type, on) -> {
            if (Boolean.TRUE.equals(on)) {
                next.add(type);
            } else if (Boolean.FALSE.equals(on)) {
                next.remove(type);
            }
        });
        return new NotificationPreferences(newMaxEmailsPerDay != null ? newMaxEmailsPerDay : maxEmailsPerDay, next);
    }
}
