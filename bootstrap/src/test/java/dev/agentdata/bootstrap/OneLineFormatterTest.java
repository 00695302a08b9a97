package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

/** Every log record is one line, a multi-line message and a stack trace included. */
class OneLineFormatterTest {
    @Test
    void aRecordWithAStackTrace_isOneLine_withTheCausesAndFrames() {
        LogRecord record = new LogRecord(Level.SEVERE, "Failed to start listener:\n  /0.0.0.0:8080");
        record.setLoggerName("io.helidon.webserver.LoomServer");
        record.setThrown(new UncheckedIOException("Failed to start server",
                new BindException("Address already in use")));

        String line = new OneLineFormatter().format(record);

        assertThat(line).endsWith(System.lineSeparator());
        assertThat(line.strip()).doesNotContain("\n", "\r", "\t")
                .contains("SEVERE", "io.helidon.webserver.LoomServer - Failed to start listener: /0.0.0.0:8080 | ")
                .contains("java.io.UncheckedIOException: Failed to start server | at ")
                .contains("| Caused by: java.net.BindException: Address already in use");
    }

    @Test
    void loggingProperties_useIt_forTheConsole() throws IOException {
        Properties logging = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/logging.properties")) {
            logging.load(in);
        }

        assertThat(logging.getProperty("dev.agentdata.bootstrap.BufferedConsoleHandler.formatter"))
                .isEqualTo(OneLineFormatter.class.getName());
    }

    @Test
    void theDefaultFormat_writtenDirectly_isWhatStringFormatWrites() {
        for (Level level : java.util.List.of(Level.INFO, Level.WARNING, Level.SEVERE, Level.FINE)) {
            LogRecord record = new LogRecord(level, "GET /api/v1/graphs 200 3 ms\n  next line");
            record.setLoggerName("agentdata.access");
            record.setInstant(java.time.Instant.parse("2026-12-06T09:08:07.006Z"));
            String expected = String.format("%1$tY-%1$tm-%1$tdT%1$tH:%1$tM:%1$tS.%1$tL %4$-7s %3$s - %5$s%6$s%n",
                    java.time.ZonedDateTime.ofInstant(record.getInstant(), java.time.ZoneId.systemDefault()), "",
                    "agentdata.access", level.getLocalizedName(), "GET /api/v1/graphs 200 3 ms next line", "");

            assertThat(new OneLineFormatter().format(record)).isEqualTo(expected);
        }
    }
}
