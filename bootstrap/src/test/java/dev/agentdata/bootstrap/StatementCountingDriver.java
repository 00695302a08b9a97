package dev.agentdata.bootstrap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of pgjdbc that records every statement its connections send while {@link #record() recording}:
 * each execution of a statement, the {@code BEGIN} pgjdbc sends before a transaction's first statement, and the
 * {@code COMMIT}/{@code ROLLBACK} that ends it ({@code commit()}, {@code rollback()}, {@code setAutoCommit(true)}).
 * {@link #install()} puts it before pgjdbc in {@link DriverManager}, so a server started afterwards gets its
 * connections through it; {@link #uninstall()} restores pgjdbc alone. Not counted: the pool's per-connection
 * {@code SET statement_timeout} (set once when a connection opens) and {@code isValid} probes (an empty query).
 */
final class StatementCountingDriver implements Driver {
    private static final List<String> RECORDED = Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean recording;
    private static StatementCountingDriver installed;

    private final Driver postgres = new org.postgresql.Driver();

    /** Registers the counting driver ahead of pgjdbc. */
    public static synchronized void install() throws SQLException {
        if (installed != null) {
            return;
        }
        List<Driver> others = new ArrayList<>();
        for (Driver d : Collections.list(DriverManager.getDrivers())) {
            DriverManager.deregisterDriver(d);
            others.add(d);
        }
        installed = new StatementCountingDriver();
        DriverManager.registerDriver(installed);
        for (Driver d : others) {
            DriverManager.registerDriver(d);
        }
    }

    /** Removes the counting driver; pgjdbc answers again. */
    public static synchronized void uninstall() throws SQLException {
        if (installed != null) {
            DriverManager.deregisterDriver(installed);
            installed = null;
        }
    }

    /** Forgets what was recorded and records from now on. */
    public static void record() {
        RECORDED.clear();
        recording = true;
    }

    /** Stops recording and returns the statements sent since {@link #record()}, in order. */
    public static List<String> stop() {
        recording = false;
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }

    private static void sent(String sql) {
        if (recording) {
            RECORDED.add(sql);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection c = postgres.connect(url, info);
        return c == null ? null : (Connection) proxy(c, new ConnectionCounter(c));
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }

    private static Object proxy(Object target, java.lang.reflect.InvocationHandler handler) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            Collections.addAll(interfaces, c.getInterfaces());
        }
        return Proxy.newProxyInstance(StatementCountingDriver.class.getClassLoader(), interfaces.toArray(Class<?>[]::new),
                handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One connection's transaction state, as pgjdbc keeps it: BEGIN goes out with the first statement after autocommit ends. */
    private static final class ConnectionCounter implements java.lang.reflect.InvocationHandler {
        private final Connection target;
        private boolean autoCommit = true;
        private boolean inTransaction;

        ConnectionCounter(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "setAutoCommit" -> {
                    boolean on = (Boolean) args[0];
                    if (on && inTransaction) {
                        end("COMMIT");
                    }
                    autoCommit = on;
                }
                case "commit" -> end("COMMIT");
                case "rollback" -> {
                    if (args == null || args.length == 0) {
                        end("ROLLBACK");
                    }
                }
                default -> {
                }
            }
            Object result = StatementCountingDriver.invoke(target, method, args);
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return proxy(s, new StatementCounter(this, s, sql));
            }
            return result;
        }

        private void end(String command) {
            if (inTransaction) {
                sent(command);
                inTransaction = false;
            }
        }

        void executing(String sql) {
            if (sql != null && sql.startsWith("SET statement_timeout")) {
                return;
            }
            if (!autoCommit && !inTransaction) {
                sent("BEGIN");
                inTransaction = true;
            }
            sent(sql == null ? "?" : sql.replaceAll("\\s+", " "));
        }
    }

    /** Counts each execution of one statement (a batch once). */
    private record StatementCounter(ConnectionCounter connection, Statement target, String prepared)
            implements java.lang.reflect.InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
                connection.executing(sql);
            }
            return StatementCountingDriver.invoke(target, method, args);
        }
    }
}
