package dev.agentdata.bootstrap.ops;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import io.helidon.config.Config;
import org.postgresql.ds.PGSimpleDataSource;

import dev.agentdata.adapter.postgres.EmbeddedPostgresServer;
import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.adapter.postgres.ops.PgTarget;

/**
 * The database the operator commands work on: {@code db.url} (DATABASE_URL) in schema {@code db.schema}, or, when
 * no URL is set, the embedded Postgres in {@code db.data-dir}, started for the command (so not while serve runs).
 */
public final class OpsDatabase {
    private OpsDatabase() {
    }

    /** Opens the configured database, starting the embedded server when no URL is set. */
    public static OpenDatabase open(Config config) {
        String url = config.get("db.url").asString().orElse("").strip();
        if (!url.isEmpty() || "memory".equalsIgnoreCase(config.get("storage.kind").asString().orElse("").strip())) {
            return new OpenDatabase(target(config), Optional.empty());
        }
        Path dataDir = Path.of(config.get("db.data-dir").asString().orElse("./data/postgres").strip());
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
        PostgresSettings s = server.settings(schema(config).orElse("public"));
        return new OpenDatabase(PgTarget.of(s), Optional.of(server));
    }

    /** The configured external database; a clear error for memory storage or when no URL is set. */
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
        PgTarget t = PgTarget.of(PostgresSettings.fromUrl(url));
        return schema(config).map(t::withSchema).orElse(t);
    }

    private static Optional<String> schema(Config config) {
        return config.get("db.schema").asString().map(String::strip).filter(s -> !s.isEmpty());
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
