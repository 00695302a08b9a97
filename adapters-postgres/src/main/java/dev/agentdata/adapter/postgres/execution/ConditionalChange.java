package dev.agentdata.adapter.postgres.execution;

import java.sql.SQLException;
import java.util.Optional;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.SqlCall;
import dev.agentdata.domain.execution.TransitionOutcome;

/**
 * Carries out one compiled plan: its one statement on the success path; only when that returns no row, a second
 * query to explain why (not found, refused, blocked), which the plan itself decides from the rows it reads. Inside a
 * unit of work it joins it; outside one the statement is its own transaction (autocommit).
 */
final class ConditionalChange {
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int MAX_ATTEMPTS = 5;

    private final UnitOfWorkConnections jdbc;

    ConditionalChange(UnitOfWorkConnections jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code statement} (the applied change, or empty when it matched no row), then {@code explanation} if it
     * matched nothing. Two races are retried: an explanation
     * that finds the change applicable now (the statement's snapshot predates a commit it waited for), and, in
     * autocommit, a cascade's serialization failure. Inside a unit of work the failure propagates, and the unit runs
     * again as a whole.
     */
    <T> TransitionOutcome<T> carryOut(SqlCall<Optional<TransitionOutcome.Applied<T>>> statement,
                                      SqlCall<TransitionOutcome<T>> explanation) {
        return jdbc.call(c -> {
            for (int attempt = 1; ; attempt++) {
                Optional<TransitionOutcome.Applied<T>> applied;
                try {
                    applied = statement.apply(c);
                } catch (SQLException e) {
                    if (c.getAutoCommit() && SERIALIZATION_FAILURE.equals(e.getSQLState()) && attempt < MAX_ATTEMPTS) {
                        continue;
                    }
                    throw e;
                }
                if (applied.isPresent()) {
                    return applied.get();
                }
                TransitionOutcome<T> why = explanation.apply(c);
                if (!(why instanceof TransitionOutcome.Applied<T>)) {
                    return why;
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw new SQLException("a change kept losing races to commits it could not see",
                            SERIALIZATION_FAILURE);
                }
            }
        });
    }
}
