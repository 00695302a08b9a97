package dev.agentdata.bootstrap;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
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
    private final String format;
    /** Whether the format prints the source (%2$s): finding it walks the caller's stack, so only then. */
    private final boolean printsSource;

    public OneLineFormatter() {
        String configured = LogManager.getLogManager().getProperty("java.util.logging.SimpleFormatter.format");
        this.format = configured == null || configured.isBlank() ? FALLBACK : configured;
        this.printsSource = format.contains("%2$");
    }

    @Override
    public String format(LogRecord record) {
        String source = !printsSource ? "" : record.getSourceClassName() == null ? record.getLoggerName()
                : record.getSourceClassName() + (record.getSourceMethodName() == null ? ""
                : " " + record.getSourceMethodName());
        String thrown = record.getThrown() == null ? "" : " | " + stackTrace(record.getThrown());
        return String.format(format, ZonedDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault()), source,
                record.getLoggerName(), record.getLevel().getLocalizedName(), oneLine(formatMessage(record)), thrown);
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
