package dev.agentdata.adapter.postgres;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.jdbc.PgStatement;

/**
 * The statement timeout where no session setting sticks (a transaction pooler gives each transaction any server
 * connection): every statement created on a connection of the wrapped pool gets the driver's query timeout, which
 * cancels it past the limit with the same SQLSTATE 57014 as {@code statement_timeout}, and no statement is sent to
 * set it.
 */
final class PerStatementTimeout {
    private PerStatementTimeout() {
    }

    /** {@code pool}, whose connections' statements are cancelled after {@code timeout}. */
    static DataSource apply(DataSource pool, Duration timeout) {
        long millis = timeout.toMillis();
        return proxy(DataSource.class, pool, result -> result instanceof Connection c ? proxy(Connection.class, c,
                created -> {
                    if (created instanceof Statement s) {
                        limit(s, millis);
                    }
                    return created;
                }) : result);
    }

    /** What a call on the proxy returns, given what the call on the target returned. */
    @FunctionalInterface
    private interface Results {
        Object adapt(Object result) throws SQLException;
    }

    private static <T> T proxy(Class<T> type, T target, Results results) {
        InvocationHandler handler = (Object proxy, Method method, Object[] args) -> {
            try {
                return results.adapt(method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(PerStatementTimeout.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private static void limit(Statement statement, long millis) throws SQLException {
        if (statement.isWrapperFor(PgStatement.class)) {
            statement.unwrap(PgStatement.class).setQueryTimeoutMs(millis);
        } else {
            statement.setQueryTimeout((int) Math.max(1, (millis + 999) / 1000));
        }
    }
}
