package dev.agentdata.adapter.postgres;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

import javax.sql.DataSource;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;

/**
 * Hands out connections to repositories: the one bound to the current unit of work when there is one,
 * otherwise an autocommit connection from the pool for the single call. The same rule applies to statements
 * run through the Helidon {@link DbClient}, whose pool is {@link #dbClientPool()}. Inside
 * {@link #onReplica} every connection (units of work included) comes from that replica's pool instead, so that the
 * read/write splitting is decided once per request and no repository knows of it.
 */
public final class UnitOfWorkConnections {
    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    /** The replica this thread's reads run on; unset: the primary. */
    private final ThreadLocal<DataSource> replica = new ThreadLocal<>();
    private volatile DbClient dbClient;

    public UnitOfWorkConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void attach(DbClient client) {
        this.dbClient = client;
    }

    /** Runs {@code call} on the unit of work's connection or on a pooled autocommit one; SQL errors are translated. */
    public <T> T call(SqlCall<T> call) {
        Connection c = bound.get();
        if (c != null) {
            try {
                return call.apply(c);
            } catch (SQLException e) {
                throw SqlErrors.translate(e);
            }
        }
        try (Connection own = borrow()) {
            return call.apply(own);
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /**
     * As {@link #call}, but several statements commit together even outside a unit of work (a short
     * transaction of their own then).
     */
    public <T> T atomically(SqlCall<T> call) {
        if (bound.get() != null) {
            return call(call);
        }
        try (Connection own = borrow()) {
            own.setAutoCommit(false);
            try {
                T result = call.apply(own);
                own.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                own.rollback();
                throw e;
            } finally {
                own.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /**
     * As {@link #call}, for several reads that must see one snapshot: outside a unit of work they run in a
     * read-only REPEATABLE READ transaction of their own (inside one, the unit's isolation applies).
     */
    public <T> T snapshot(SqlCall<T> call) {
        if (bound.get() != null) {
            return call(call);
        }
        try (Connection own = borrow()) {
            own.setAutoCommit(false);
            try {
                // in the transaction, not via setTransactionIsolation: that is a session setting, which through a
                // transaction pooler would land on (and stay with) some other client's server connection
                try (Statement s = own.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                return call.apply(own);
            } finally {
                own.rollback();
                own.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /** Runs DbClient statements; they join the current unit of work like {@link #call}. */
    public <T> T db(Function<DbExecute, T> statements) {
        try {
            return statements.apply(dbClient.execute());
        } catch (DbClientException e) {
            throw SqlErrors.translate(e);
        }
    }

    /**
     * Runs {@code reads} with every connection taken from {@code replicaPool}; a replica that gives no connection is
     * passed over for the primary, never an error.
     */
    public void onReplica(DataSource replicaPool, Runnable reads) {
        DataSource outer = replica.get();
        replica.set(replicaPool);
        try {
            reads.run();
        } finally {
            if (outer == null) {
                replica.remove();
            } else {
                replica.set(outer);
            }
        }
    }

    boolean inUnitOfWork() {
        return bound.get() != null;
    }

    void bind(Connection connection) {
        bound.set(connection);
    }

    void unbind() {
        bound.remove();
    }

    Connection borrow() throws SQLException {
        DataSource replicaPool = replica.get();
        if (replicaPool != null) {
            try {
                return replicaPool.getConnection();
            } catch (SQLException unavailable) {
                replica.remove();
            }
        }
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new SQLException("connection unavailable", "08001", e);
        }
    }

    /** The pool given to DbClient: inside a unit of work, its connection, shielded from close and autocommit. */
    JdbcConnectionPool dbClientPool() {
        return () -> {
            Connection c = bound.get();
            if (c != null) {
                return shield(c);
            }
            try {
                return borrow();
            } catch (SQLException e) {
                throw SqlErrors.translate(e);
            }
        };
    }

    private static Connection shield(Connection target) {
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "close", "setAutoCommit", "commit", "rollback" -> {
                    if (args == null || args.length <= 1) {
                        return null;
                    }
                }
                case "isClosed" -> {
                    return false;
                }
                case "unwrap" -> {
                    if (args[0] == Connection.class) {
                        return target;
                    }
                }
                default -> {
                }
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(UnitOfWorkConnections.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }
}
