package dev.agentdata.adapter.postgres;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code postgresql://user:pass@host:port/db?params}, {@code postgres://...} and {@code jdbc:postgresql://...}
 * into {@link PostgresSettings}. Credentials leave the URL; the platform's own parameters ({@code schema},
 * {@code connection_limit}, {@code connect_timeout}, {@code pool_timeout}, and {@code pgbouncer=true}, which says the
 * URL reaches a transaction pooler) become settings; the rest (sslmode, ...) stay for the driver.
 */
final class DatabaseUrlParser {
    private DatabaseUrlParser() {
    }

    static PostgresSettings parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("database URL is empty");
        }
        String rest = url.trim();
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql://")) {
            rest = rest.substring("jdbc:postgresql://".length());
        } else if (lower.startsWith("postgresql://")) {
            rest = rest.substring("postgresql://".length());
        } else if (lower.startsWith("postgres://")) {
            rest = rest.substring("postgres://".length());
        } else {
            throw new IllegalArgumentException("database URL must start with postgresql://, postgres:// or jdbc:postgresql://");
        }
        int q = rest.indexOf('?');
        String query = q >= 0 ? rest.substring(q + 1) : "";
        String beforeQuery = q >= 0 ? rest.substring(0, q) : rest;
        int slash = beforeQuery.indexOf('/', beforeQuery.lastIndexOf('@') + 1);
        String authority = slash >= 0 ? beforeQuery.substring(0, slash) : beforeQuery;
        String database = slash >= 0 ? decode(beforeQuery.substring(slash + 1)) : "";
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo);
            password = colon >= 0 ? decode(userInfo.substring(colon + 1)) : null;
        }
        String hostPort = authority.isEmpty() ? "localhost" : authority;
        if (database.isEmpty()) {
            database = user != null ? user : "postgres";
        }
        String schema = null;
        int poolSize = PostgresSettings.DEFAULT_POOL_SIZE;
        int connectTimeout = PostgresSettings.DEFAULT_CONNECT_TIMEOUT;
        int poolTimeout = PostgresSettings.DEFAULT_POOL_TIMEOUT;
        boolean pgbouncer = false;
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq >= 0 ? pair.substring(0, eq) : pair);
            String value = eq >= 0 ? decode(pair.substring(eq + 1)) : "";
            switch (key) {
                case "schema", "currentSchema" -> schema = value;
                case "connection_limit" -> poolSize = parseInt(key, value);
                case "connect_timeout", "connectTimeout" -> connectTimeout = parseInt(key, value);
                case "pool_timeout" -> poolTimeout = parseInt(key, value);
                case "pgbouncer" -> pgbouncer = parseBoolean(key, value);
                case "user" -> user = value;
                case "password" -> password = value;
                default -> kept.add(pair);
            }
        }
        String jdbcUrl = "jdbc:postgresql://" + hostPort + "/" + encodePath(database)
                + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new PostgresSettings(jdbcUrl, user, password, schema, poolSize, connectTimeout, poolTimeout,
                PostgresSettings.DEFAULT_STATEMENT_TIMEOUT, pgbouncer);
    }

    private static boolean parseBoolean(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("database URL parameter " + key + " must be true or false");
        };
    }

    private static int parseInt(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("database URL parameter " + key + " must be an integer");
        }
    }

    /** Percent-decoding as in a URI: {@code +} stays a plus sign; escapes are UTF-8 bytes. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("database URL has a malformed percent escape");
                }
                out.write(hi * 16 + lo);
                i += 3;
            } else {
                int end = i + Character.charCount(s.codePointAt(i));
                out.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String encodePath(String database) {
        StringBuilder sb = new StringBuilder();
        for (byte b : database.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
