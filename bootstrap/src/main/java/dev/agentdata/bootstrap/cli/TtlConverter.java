package dev.agentdata.bootstrap.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/** Reads a token lifetime such as {@code 1h}, {@code 30m}, {@code 3600s}, {@code 2d} or plain seconds. */
public final class TtlConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern TTL = Pattern.compile("(\\d{1,9})([smhd]?)");

    @Override
    public Duration convert(String value) {
        Matcher m = TTL.matcher(value.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a lifetime: use a positive number with s, m, h or d (e.g. 1h, 30m, 3600s)");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
