package dev.agentdata.bootstrap.ops;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads operator durations: {@code 14d}, {@code 6h}, {@code 30m}, {@code 45s}, or ISO-8601 such as {@code PT6H}. */
public final class DurationText {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([dhms])");

    private DurationText() {
    }

    /** The positive duration {@code text} names; {@link IllegalArgumentException} naming {@code what} otherwise. */
    public static Duration parse(String text, String what) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration d;
        Matcher m = SHORT.matcher(s);
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "d" -> Duration.ofDays(n);
                    case "h" -> Duration.ofHours(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                };
            } else {
                d = Duration.parse(s.toUpperCase(Locale.ROOT));
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a duration such as 14d, 6h, 30m or PT6H, was '"
                    + text + "'");
        }
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, was '" + text + "'");
        }
        return d;
    }
}
