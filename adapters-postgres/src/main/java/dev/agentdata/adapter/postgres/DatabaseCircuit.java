package dev.agentdata.adapter.postgres;

import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The pool's connections behind a circuit breaker. While the database answers the circuit is closed and changes
 * nothing. When a connection cannot be had (the pool timed out, or the database refused), a probe outside the pool (a
 * fresh connection and {@code SELECT 1}, within a few seconds) tells a busy pool from a database that is down; if it
 * fails, the circuit opens: every later request is refused at once, instead of waiting out the pool timeout, and one
 * line is logged. The probe repeats every {@link #PROBE_INTERVAL}; the first that answers, once the pool has a
 * connection again, closes the circuit (one line logged) and requests reach the pool again. The readiness check feeds it too: a failed one starts a probe, one that
 * answered closes the circuit.
 */
final class DatabaseCircuit implements DataSource, AutoCloseable {
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    private static final int PROBE_TIMEOUT_SECONDS = 2;
    private static final System.Logger LOG = System.getLogger(DatabaseCircuit.class.getName());

    private final DataSource pool;
    private final PostgresSettings settings;
    private final org.postgresql.Driver driver = new org.postgresql.Driver();
    private final AtomicBoolean probing = new AtomicBoolean();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agentdata-database-probe");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean open;

    DatabaseCircuit(DataSource pool, PostgresSettings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (open) {
            throw new SQLTransientConnectionException("the database is down (circuit open)", "08001");
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            if (SqlErrors.isConnectionFailure(e)) {
                probeSoon();
            }
            throw e;
        }
    }

    /**
     * What another check (readiness) found: a database that answered closes the circuit at once; one that did not is
     * probed.
     */
    void observed(boolean answered) {
        if (!answered) {
            probeSoon();
        } else if (open) {
            open = false;
            LOG.log(Level.INFO, "the database at {0} answers again: requests reach it again", where());
        }
    }

    /** Whether requests are refused at once because the database is known to be down. */
    boolean isOpen() {
        return open;
    }

    /** One probe at a time; a failing one opens the circuit and keeps probing until the database answers. */
    private void probeSoon() {
        if (probing.compareAndSet(false, true)) {
            prober.execute(this::probe);
        }
    }

    private void probe() {
        try {
            answers();
            if (open) {
                // the pool too must have a connection again, or the first request would wait out its timeout
                pool.getConnection().close();
            }
            probing.set(false);
            if (open) {
                open = false;
                LOG.log(Level.INFO, "the database at {0} answers again: requests reach it again", where());
            }
        } catch (SQLException | RuntimeException e) {
            if (!open) {
                open = true;
                LOG.log(Level.WARNING, "the database at {0} is down ({1}): requests are answered 503 at once; probing "
                        + "every {2} s", where(), e.getMessage(), PROBE_INTERVAL.toSeconds());
            }
            if (!prober.isShutdown()) {
                prober.schedule(this::probe, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** A connection of its own (not one the pool holds) that answers {@code SELECT 1}. */
    private void answers() throws SQLException {
        Properties props = new Properties();
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        props.setProperty("connectTimeout", String.valueOf(PROBE_TIMEOUT_SECONDS));
        props.setProperty("socketTimeout", String.valueOf(PROBE_TIMEOUT_SECONDS));
        props.setProperty("ApplicationName", "agentdata-probe");
        try (Connection c = driver.connect(settings.jdbcUrl(), props); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
        }
    }

    private String where() {
        String url = settings.jdbcUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's credentials are configured");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return pool.isWrapperFor(type);
    }
}
