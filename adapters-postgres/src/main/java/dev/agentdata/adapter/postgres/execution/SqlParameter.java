package dev.agentdata.adapter.postgres.execution;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One statement parameter with its value, bound at whatever index its placeholder got. */
@FunctionalInterface
interface SqlParameter {
    void bind(PreparedStatement ps, int index) throws SQLException;
}
