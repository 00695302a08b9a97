package dev.agentdata.adapter.http.auth;

import java.util.regex.Pattern;

import io.helidon.http.Method;

/** One row of the route policy: a method and a path template such as {@code /api/v1/graphs/{id}}. */
public record RouteRule(Method method, String template, Access access, Pattern regex) {

    public static RouteRule of(Method method, String template, Access access) {
        StringBuilder sb = new StringBuilder();
        for (String part : template.substring(1).split("/")) {
            sb.append('/').append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return new RouteRule(method, template, access, Pattern.compile(sb + "/?"));
    }

    public boolean matches(Method m, String path) {
        return method.equals(m) && regex.matcher(path).matches();
    }
}
