package dev.agentdata.adapter.http.user;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.agentdata.application.port.in.user.UpdateProfileCommand;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.user.LanguageTags;

/** Body of {@code PATCH /me}: any of email, name, timezone (IANA), locale (BCP 47), metadata; null is a 400. */
public record UpdateProfileRequest(String email, String name, String timezone,
                                   String locale, Map<String, Object> metadata) {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Checks the values (422, all at once) and makes the command. */
    public UpdateProfileCommand toCommand(UUID userId) {
        List<Violation> errors = new ArrayList<>();
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new Violation("email", "is not a valid email address"));
        }
        if (name != null && name.length() > 100) {
            errors.add(new Violation("name", "must be at most 100 characters"));
        }
        if (timezone != null && !validZone(timezone)) {
            errors.add(new Violation("timezone", "is not a known IANA time zone"));
        }
        if (locale != null && !LanguageTags.isKnown(locale)) {
            errors.add(new Violation("locale", "is not a BCP 47 language tag of a known language (and region)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new UpdateProfileCommand(userId, email, name, timezone, locale, metadata);
    }

    private static boolean validZone(String zone) {
        return "UTC".equals(zone) || ZoneId.getAvailableZoneIds().contains(zone);
    }
}
