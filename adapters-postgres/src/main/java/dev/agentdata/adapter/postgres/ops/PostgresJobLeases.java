package dev.agentdata.adapter.postgres.ops;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Objects;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.application.port.out.JobLeases;

/**
 * Job leases in the {@code job_leases} table. A claim is ONE statement: an upsert whose update only happens when
 * the run is due ({@code next_run_at <= now()}), so of servers racing for the same run exactly one gets a row back
 * (the losers wait for its commit, then re-check the condition on the row it wrote). An advisory lock would only
 * keep runs from overlapping; the stored due time is what makes it once per interval.
 */
public final class PostgresJobLeases implements JobLeases {
    private static final String CLAIM = """
            INSERT INTO {schema}.job_leases AS lease (name, next_run_at, last_claimed_at)
            VALUES (?, now() + make_interval(secs => ?), now())
            ON CONFLICT (name) DO UPDATE
               SET next_run_at = EXCLUDED.next_run_at, last_claimed_at = EXCLUDED.last_claimed_at
             WHERE lease.next_run_at <= now()
            RETURNING next_run_at""";

    private final UnitOfWorkConnections jdbc;
    private final String claim;

    public PostgresJobLeases(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.claim = schema.sql(CLAIM);
    }

    @Override
    public boolean claim(String job, Duration interval) {
        Objects.requireNonNull(job, "job");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, was " + interval);
        }
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(claim)) {
                ps.setString(1, job);
                ps.setDouble(2, interval.toNanos() / 1e9);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
