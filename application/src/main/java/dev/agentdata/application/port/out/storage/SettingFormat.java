package dev.agentdata.application.port.out.storage;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a setting's value must look like; an empty value always passes (it means "unset"). */
public enum SettingFormat {
    /** Any text. */
    TEXT,
    /** A whole number, 0 or more. */
    WHOLE_NUMBER,
    /** A whole number, 1 or more. */
    POSITIVE_NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A plain SQL identifier such as a schema name: a letter or underscore, then letters, digits, underscores. */
    SQL_IDENTIFIER,
    /** A positive duration with its unit: {@code 50ms}, {@code 30s}, {@code 10m}, {@code 6h}, {@code 1d}. */
    DURATION;

    private static final Pattern DURATION_TEXT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    /**
     * Throws {@link InvalidSettingException} whose message starts with {@code variable} when {@code raw} does not fit
     * this format.
     */
    public void check(String variable, String raw) throws InvalidSettingException {
        String value = raw.strip();
        if (value.isEmpty()) {
            return;
        }
        switch (this) {
            case TEXT -> { }
            case WHOLE_NUMBER -> atLeast(variable, value, 0);
            case POSITIVE_NUMBER -> atLeast(variable, value, 1);
            case BOOLEAN -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw new InvalidSettingException(variable + " must be true or false, was '" + raw + "'");
                }
            }
            case SQL_IDENTIFIER -> {
                if (!value.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
                    throw new InvalidSettingException(variable + " must be a plain SQL identifier, was '" + raw + "'");
                }
            }
            case DURATION -> duration(variable, value);
        }
    }

    /** The duration {@code raw} names ({@code 50ms}, {@code 30s}, {@code 10m}, {@code 6h}, {@code 1d}), positive. */
    public static Duration duration(String variable, String raw) throws InvalidSettingException {
        Matcher m = DURATION_TEXT.matcher(raw.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidSettingException(variable + " must be a duration such as 50ms, 30s, 10m or 6h, was '"
                    + raw + "'");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (d.isZero()) {
            throw new InvalidSettingException(variable + " must be positive, was '" + raw + "'");
        }
        return d;
    }

    private static void atLeast(String variable, String value, int min) throws InvalidSettingException {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(variable + " must be a whole number, was '" + value + "'");
        }
        if (n < min) {
            throw new InvalidSettingException(variable + " must be at least " + min + ", was " + n);
        }
    }
}
