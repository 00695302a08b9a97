package dev.agentdata.application.service.user;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.agentdata.application.port.in.user.UpdatePreferencesCommand;
import dev.agentdata.application.port.in.user.UpdateProfileCommand;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.user.LanguageTags;
import dev.agentdata.domain.user.NotificationPreferences;

/** The value rules of profile and preference changes; each check returns every violation found. */
final class ProfileRules {
    static final int MAX_EMAIL = 254;
    static final int MAX_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private ProfileRules() {
    }

    static List<Violation> check(UpdateProfileCommand c) {
        List<Violation> out = new ArrayList<>();
        if (c.email() != null && (c.email().length() > MAX_EMAIL || !EMAIL.matcher(c.email()).matches())) {
            out.add(new Violation("email", "must be a valid email address"));
        }
        if (c.name() != null && c.name().codePointCount(0, c.name().length()) > MAX_NAME) {
            out.add(new Violation("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (c.timezone() != null && !ZONES.contains(c.timezone())) {
            out.add(new Violation("timezone", "must be an IANA time zone id such as Europe/Berlin"));
        }
        if (c.locale() != null && !LanguageTags.isKnown(c.locale())) {
            out.add(new Violation("locale", "must be a BCP 47 language tag of a known language (and region) such as en-US"));
        }
        return out;
    }

    static List<Violation> check(UpdatePreferencesCommand c) {
        Integer max = c.maxEmailsPerDay();
        if (max != null && (max < 0 || max > NotificationPreferences.MAX_EMAILS_PER_DAY_LIMIT)) {
            return List.of(new Violation("max_emails_per_day",
                    "must be between 0 and " + NotificationPreferences.MAX_EMAILS_PER_DAY_LIMIT));
        }
        return List.of();
    }
}
