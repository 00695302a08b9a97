package dev.agentdata.bootstrap.ops;

import javax.sql.DataSource;

import io.helidon.config.Config;
import org.postgresql.ds.PGSimpleDataSource;

import dev.agentdata.adapter.postgres.ops.PgTarget;

/** The database the operator commands work on: {@code db.url} (DATABASE_URL) in schema {@code db.schema}. */
public final class OpsDatabase {
    private OpsDatabase() {
    }

    /** The configured external database; a clear error for memory storage or the embedded default. */
    public static PgTarget target(Config config) {
        String kind = config.get("storage.kind").asString().orElse("postgres").strip();
        if ("memory".equalsIgnoreCase(kind)) {
            throw new IllegalArgumentException("STORAGE is memory: there is no database to work on");
        }
        String url = config.get("db.url").asString().orElse("").strip();
        if (url.isEmpty()) {
            throw new IllegalArgumentException("DATABASE_URL is not set: this command needs the Postgres"
                    + " database to work on (e.g. DATABASE_URL=postgresql://user@host:5432/agentdata)");
        }
        PgTarget t = PgTarget.parse(url, null, null);
        String schema = config.get("db.schema").asString().orElse("").strip();
        return schema.isEmpty() ? t : new PgTarget(t.host(), t.port(), t.database(), t.user(), t.password(), schema,
                t.sslMode());
    }

    /** A plain (unpooled) data source on the target, its connections in the target's schema. */
    public static DataSource dataSource(PgTarget target) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {target.host()});
        ds.setPortNumbers(new int[] {target.port()});
        ds.setDatabaseName(target.database());
        if (target.user() != null) {
            ds.setUser(target.user());
        }
        if (target.password() != null) {
            ds.setPassword(target.password());
        }
        if (target.sslMode() != null) {
            ds.setSslmode(target.sslMode());
        }
        ds.setCurrentSchema(target.schema());
        ds.setApplicationName("agentdata-ops");
        return ds;
    }
}
