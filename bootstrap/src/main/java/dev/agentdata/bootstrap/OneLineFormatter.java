package dev.agentdata.bootstrap;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.time.ZonedDateTime;
import java.util.logging.Formatter;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * The console format of logging.properties ({@code java.util.logging.SimpleFormatter.format}) with every record on
 * one line: a message's line breaks become spaces, and a throwable follows on the same line, its stack frames
 * separated by {@code " | "}, so log collectors and {@code grep} see one record per line.
 */
public final class OneLineFormatter extends Formatter {
    private static final String FALLBACK = "%1$tFT%1$tT.%1$tL %4$-7s %3$s - %5$s%6$s%n";
    /** The format of logging.properties (and the fallback's equal): written without {@link String#format}. */
    private static final Set<String> DEFAULT_FORMATS = Set.of(FALLBACK,
            "%1$tY-%1$tm-%1$tdT%1$tH:%1$tM:%1$tS.%1$tL %4$-7s %3$s - %5$s%6$s%n");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    private final String format;
    /** Whether the format prints the source (%2$s): finding it walks the caller's stack, so only then. */
    private final boolean printsSource;
    /** Whether {@link #format} is a default one, which {@link #direct} writes (one line per request: the access log). */
    private final boolean isDefault;
    private final ZoneId zone = ZoneId.systemDefault();

    public OneLineFormatter() {
        String configured = LogManager.getLogManager().getProperty("java.util.logging.SimpleFormatter.format");
        this.format = configured == null || configured.isBlank() ? FALLBACK : configured;
        this.printsSource = format.contains("%2$");
        this.isDefault = DEFAULT_FORMATS.contains(format);
    }

    @Override
    public String format(LogRecord record) {
        String source = !printsSource ? "" : record.getSourceClassName() == null ? record.getLoggerName()
                : record.getSourceClassName() + (record.getSourceMethodName() == null ? ""
                : " " + record.getSourceMethodName());
        String thrown = record.getThrown() == null ? "" : " | " + stackTrace(record.getThrown());
        if (isDefault) {
            return direct(record, thrown);
        }
        return String.format(format, ZonedDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault()), source,
                record.getLoggerName(), record.getLevel().getLocalizedName(), oneLine(formatMessage(record)), thrown);
    }

    /** The default format without {@link String#format}'s parsing of the format on every record: same text. */
    private String direct(LogRecord record, String thrown) {
        String level = record.getLevel().getLocalizedName();
        String message = oneLine(formatMessage(record));
        StringBuilder line = new StringBuilder(48 + level.length() + message.length() + thrown.length());
        TIMESTAMP.formatTo(LocalDateTime.ofInstant(record.getInstant(), zone), line);
        line.append(' ').append(level);
        for (int pad = level.length(); pad < 7; pad++) {
            line.append(' ');
        }
        return line.append(' ').append(record.getLoggerName()).append(" - ").append(message).append(thrown)
                .append(System.lineSeparator()).toString();
    }

    /** {@code text} with each line break (and the indentation after it) replaced by a space. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return hasLineBreak(text) ? text.strip().replaceAll("\\s*\\R\\s*", " ") : text.strip();
    }

    /** Whether {@code text} holds a character {@code \R} matches (most messages, the access lines, do not). */
    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString().strip().replaceAll("\\s*\\R\\s*", " | ");
    }
}
