package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

class BufferedConsoleHandlerTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final BufferedConsoleHandler handler = new BufferedConsoleHandler(out);

    @Test
    void anInfoLine_isBufferedThenFlushedByTheFlusher() throws Exception {
        handler.setFormatter(new OneLineFormatter());
        handler.publish(record(Level.INFO, "first"));

        assertThat(written()).doesNotContain("first");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (!written().contains("first") && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertThat(written()).contains("first");
        handler.close();
    }

    @Test
    void aWarning_isFlushedAtOnce_withTheLinesBeforeIt() {
        handler.setFormatter(new OneLineFormatter());
        handler.publish(record(Level.INFO, "before"));
        handler.publish(record(Level.WARNING, "trouble"));

        assertThat(written()).contains("before", "trouble");
        assertThat(written().indexOf("before")).isLessThan(written().indexOf("trouble"));
        handler.close();
    }

    @Test
    void close_flushesTheRest_andLeavesTheStreamUsable() {
        handler.setFormatter(new OneLineFormatter());
        handler.publish(record(Level.INFO, "last words"));
        handler.close();

        assertThat(written()).contains("last words");
        out.writeBytes("after".getBytes(StandardCharsets.UTF_8));
        assertThat(written()).endsWith("after");
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static LogRecord record(Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("agentdata.access");
        return record;
    }
}
