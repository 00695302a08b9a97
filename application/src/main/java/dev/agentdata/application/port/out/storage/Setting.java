package dev.agentdata.application.port.out.storage;

import java.util.Objects;

/**
 * One setting as the operator sees it: the environment variable, the configuration key it overrides, the default
 * ({@code ""}: unset), a one-line meaning for README and the format its value must have.
 */
public record Setting(String variable, String key, String defaultValue, String meaning, SettingFormat format) {
    public Setting {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(format, "format");
        if (!variable.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("variable must be UPPER_SNAKE_CASE, was '" + variable + "'");
        }
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        try {
            format.check(variable, defaultValue);
        } catch (InvalidSettingException e) {
            throw new IllegalArgumentException("the default of " + e.getMessage(), e);
        }
    }

    /** How messages name it: {@code DB_SCHEMA (db.schema)}, for operators using either. */
    public String name() {
        return variable + " (" + key + ")";
    }
}
