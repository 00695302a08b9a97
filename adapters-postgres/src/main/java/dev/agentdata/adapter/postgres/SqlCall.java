package dev.agentdata.adapter.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work on a connection that {@link UnitOfWorkConnections} supplies. */
@FunctionalInterface
public interface SqlCall<T> {
    T apply(Connection connection) throws SQLException;
}
