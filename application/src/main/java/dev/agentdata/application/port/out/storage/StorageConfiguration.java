package dev.agentdata.application.port.out.storage;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A provider's view of the configuration: the raw value of each setting by configuration key (a missing or blank
 * one means the setting's default), read through getters that check the setting's format, so a malformed value
 * is an {@link InvalidSettingException} naming the variable. Tests build one from a plain map.
 */
public record StorageConfiguration(Map<String, String> values) {
    public StorageConfiguration {
        values = Map.copyOf(values);
    }

    public static StorageConfiguration of(Map<String, String> values) {
        return new StorageConfiguration(values);
    }

    /** Checks every one of {@code settings}, so a bad value stops the start before anything opens. */
    public void validate(List<Setting> settings) throws InvalidSettingException {
        for (Setting setting : settings) {
            text(setting);
        }
    }

    /** The value (stripped), or the default when unset; checked against the setting's format. */
    public String text(Setting setting) throws InvalidSettingException {
        String raw = values.getOrDefault(setting.key(), "").strip();
        String value = raw.isEmpty() ? setting.defaultValue().strip() : raw;
        setting.format().check(setting.name(), value);
        return value;
    }

    /** The value, empty when neither it nor a default is set. */
    public Optional<String> optionalText(Setting setting) throws InvalidSettingException {
        return Optional.of(text(setting)).filter(s -> !s.isEmpty());
    }

    /** A number setting's value, empty when neither it nor a default is set. */
    public OptionalInt optionalNumber(Setting setting) throws InvalidSettingException {
        requireNumeric(setting);
        Optional<String> value = optionalText(setting);
        return value.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.get()));
    }

    /** A number setting's value or its default (which a number setting must then have). */
    public int number(Setting setting) throws InvalidSettingException {
        OptionalInt value = optionalNumber(setting);
        if (value.isEmpty()) {
            throw new InvalidSettingException(setting.name() + " must be set to a whole number");
        }
        return value.getAsInt();
    }

    /** A boolean setting's value or its default; unset and without a default means {@code false}. */
    public boolean flag(Setting setting) throws InvalidSettingException {
        if (setting.format() != SettingFormat.BOOLEAN) {
            throw new IllegalArgumentException(setting.name() + " is not a true/false setting");
        }
        return Boolean.parseBoolean(text(setting));
    }

    /** A duration setting's value or its default (which a duration setting must then have). */
    public Duration duration(Setting setting) throws InvalidSettingException {
        if (setting.format() != SettingFormat.DURATION) {
            throw new IllegalArgumentException(setting.name() + " is not a duration setting");
        }
        String value = text(setting);
        if (value.isEmpty()) {
            throw new InvalidSettingException(setting.name() + " must be set to a duration");
        }
        return SettingFormat.duration(setting.name(), value);
    }

    private static void requireNumeric(Setting setting) {
        if (setting.format() != SettingFormat.WHOLE_NUMBER && setting.format() != SettingFormat.POSITIVE_NUMBER) {
            throw new IllegalArgumentException(setting.name() + " is not a number setting");
        }
    }
}
