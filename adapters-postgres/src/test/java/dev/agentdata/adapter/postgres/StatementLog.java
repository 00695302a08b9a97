package dev.agentdata.adapter.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every SQL text the driver sends while open, as the server receives it (read from pgjdbc's own protocol log: each
 * statement is parsed at least once, so each appears).
 */
final class StatementLog extends Handler implements AutoCloseable {
    private static final Logger DRIVER = Logger.getLogger("org.postgresql");
    private final List<String> statements = new ArrayList<>();
    private final Level before = DRIVER.getLevel();

    StatementLog() {
        setLevel(Level.ALL);
        DRIVER.setLevel(Level.FINEST);
        DRIVER.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        String message = record.getMessage();
        if (message == null || !message.contains("FE=> Parse(") && !message.contains("FE=> SimpleQuery(")) {
            return;
        }
        Object[] parameters = record.getParameters();
        String text = parameters == null ? message : java.text.MessageFormat.format(message, parameters);
        int start = text.indexOf("query=\"");
        int end = text.lastIndexOf("\"");
        if (start >= 0 && end > start + 7) {
            statements.add(text.substring(start + 7, end));
        }
    }

    synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        DRIVER.removeHandler(this);
        DRIVER.setLevel(before);
    }
}
