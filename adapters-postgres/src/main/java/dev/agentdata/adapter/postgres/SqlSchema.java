package dev.agentdata.adapter.postgres;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The schema the adapter's SQL names its tables and functions in. Statements are written as
 * {@code FROM {schema}.users} and resolved once, when the adapter is built, so none depends on a connection's
 * {@code search_path}: through a transaction pooler consecutive statements may run on different server connections,
 * and a session setting does not follow them.
 */
public record SqlSchema(String name) {
    /** What {@link #sql} replaces with the quoted schema name. */
    public static final String PLACEHOLDER = "{schema}";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");

    public SqlSchema {
        Objects.requireNonNull(name, "name");
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("schema must be a plain SQL identifier");
        }
    }

    /** {@code template} with every {@value #PLACEHOLDER} replaced by the quoted schema name. */
    public String sql(String template) {
        return template.replace(PLACEHOLDER, "\"" + name + "\"");
    }
}
