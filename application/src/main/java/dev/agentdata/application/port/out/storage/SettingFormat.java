package dev.agentdata.application.port.out.storage;

import java.util.Locale;

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
    SQL_IDENTIFIER;

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
        }
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
