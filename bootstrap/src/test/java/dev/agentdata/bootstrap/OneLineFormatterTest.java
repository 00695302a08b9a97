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

        assertThat(logging.getProperty("java.util.logging.ConsoleHandler.formatter"))
                .isEqualTo(OneLineFormatter.class.getName());
    }
}
