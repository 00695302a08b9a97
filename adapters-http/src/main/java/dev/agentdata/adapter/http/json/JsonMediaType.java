package dev.agentdata.adapter.http.json;

import java.util.List;
import java.util.Locale;

/**
 * Whether a request's {@code Content-Type} says JSON in UTF-8: {@code application/json} in any case, with optional
 * parameters of which {@code charset}, when given, is {@code utf-8}. Anything else (any type, {@code text/plain},
 * another charset, several values) is not.
 */
final class JsonMediaType {
    private JsonMediaType() {
    }

    /** {@code values} are the request's {@code Content-Type} header values (none when it has none). */
    static boolean accepts(List<String> values) {
        return values.size() == 1 && accepts(values.getFirst());
    }

    static boolean accepts(String value) {
        String[] parts = value.split(";", -1);
        if (!parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            if (eq <= 0) {
                return false;
            }
            String name = parameter.substring(0, eq).trim();
            String v = unquote(parameter.substring(eq + 1).trim());
            if (name.equalsIgnoreCase("charset") && !v.equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
