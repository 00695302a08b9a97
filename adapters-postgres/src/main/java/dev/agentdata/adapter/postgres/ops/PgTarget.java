package dev.agentdata.adapter.postgres.ops;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.agentdata.adapter.postgres.PostgresSettings;

/**
 * One Postgres database as the command-line tools address it, parsed from a JDBC URL
 * ({@code jdbc:postgresql://host:port/db?user=..}) or a libpq URL ({@code postgresql://user:pw@host:port/db}).
 * The password travels only in {@code PGPASSWORD}, never in a command line, and never in {@link #toString()}.
 */
public record PgTarget(String host, int port, String database, String user, String password, String schema,
                       String sslMode) {
    public PgTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        if (database.isBlank()) {
            throw new IllegalArgumentException("database URL names no database");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        schema = schema == null || schema.isBlank() ? "public" : schema;
    }

    /** Parses {@code url}; {@code user} and {@code password}, when not null, override those in the URL. */
    public static PgTarget parse(String url, String user, String password) {
        Objects.requireNonNull(url, "database url");
        String s = url.strip();
        if (s.startsWith("jdbc:")) {
            s = s.substring(5);
        }
        if (!s.startsWith("postgresql://") && !s.startsWith("postgres://")) {
            throw new IllegalArgumentException("not a Postgres URL (expected jdbc:postgresql:// or postgresql://): "
                    + redact(url));
        }
        URI uri = URI.create(s);
        Map<String, String> params = query(uri.getRawQuery());
        String urlUser = params.get("user");
        String urlPassword = params.get("password");
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            urlUser = decode(parts[0]);
            urlPassword = parts.length > 1 ? decode(parts[1]) : urlPassword;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String db = path.startsWith("/") ? path.substring(1) : path;
        return new PgTarget(uri.getHost() == null ? "localhost" : uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(), db,
                user != null ? user : urlUser, password != null ? password : urlPassword,
                params.get("currentSchema"), params.get("sslmode"));
    }

    /**
     * The database the server itself would use: settings parsed once, by {@link PostgresSettings}, so that the
     * operator commands and {@code serve} agree on host, credentials, SSL mode and schema ({@code ?schema=} included).
     */
    public static PgTarget of(PostgresSettings settings) {
        return parse(settings.jdbcUrl(), settings.user(), settings.password()).withSchema(settings.schema());
    }

    /** The same server, another database (for restore tests and admin connections). */
    public PgTarget withDatabase(String otherDatabase) {
        return new PgTarget(host, port, otherDatabase, user, password, schema, sslMode);
    }

    public PgTarget withSchema(String otherSchema) {
        return new PgTarget(host, port, database, user, password, otherSchema, sslMode);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** {@code --host --port --username --dbname} arguments (no password). */
    public List<String> connectionArgs() {
        List<String> args = new ArrayList<>(List.of("--host=" + host, "--port=" + port, "--dbname=" + database));
        if (user != null && !user.isBlank()) {
            args.add("--username=" + user);
        }
        args.add("--no-password");
        return args;
    }

    /** Environment for the client tools: the password and SSL mode. */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        if (password != null) {
            env.put("PGPASSWORD", password);
        }
        if (sslMode != null) {
            env.put("PGSSLMODE", sslMode);
        }
        return env;
    }

    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
    }
}
