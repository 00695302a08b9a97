package dev.agentdata.adapter.http.route;

import static io.helidon.http.Method.DELETE;
import static io.helidon.http.Method.GET;
import static io.helidon.http.Method.PATCH;
import static io.helidon.http.Method.POST;
import static io.helidon.http.Method.PUT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.application.port.out.ReplicaReads;

/**
 * Every declared route, by path template: it registers the handlers and, per template, a 405 whose {@code Allow}
 * lists the declared methods; and it tells the auth filter which access a request needs. Routes not in the table
 * need a JWT; everything under {@code /api/v1/admin/} needs an admin JWT.
 */
public final class RouteTable implements HttpService {
    static final String ADMIN_PREFIX = "/api/v1/admin/";
    /** The order of methods in {@code Allow}. */
    private static final List<Method> METHOD_ORDER = List.of(GET, POST, PUT, PATCH, DELETE);

    private final List<Template> templates;
    private final ReplicaReads replicas;

    private RouteTable(List<Template> templates, ReplicaReads replicas) {
        this.templates = templates;
        this.replicas = replicas;
    }

    /** The routes {@code services} declare, every read on the primary. */
    public static RouteTable of(List<? extends ApiService> services) {
        return of(services, ReplicaReads.PRIMARY_ONLY);
    }

    /**
     * The routes {@code services} declare, their reads and writes split as each route's {@link ReplicaPolicy} says;
     * one method declared twice on a template is a wiring mistake.
     */
    public static RouteTable of(List<? extends ApiService> services, ReplicaReads replicas) {
        Routes declared = new Routes();
        services.forEach(s -> s.routes(declared));
        Map<String, List<Route>> byTemplate = new LinkedHashMap<>();
        for (Route route : declared.declared()) {
            List<Route> same = byTemplate.computeIfAbsent(route.template(), t -> new ArrayList<>());
            if (same.stream().anyMatch(r -> r.method().equals(route.method()))) {
                throw new IllegalStateException(route.method().text() + " " + route.template() + " is declared twice");
            }
            same.add(route);
        }
        List<Template> templates = byTemplate.entrySet().stream()
                .map(e -> new Template(e.getKey(), pattern(e.getKey()), List.copyOf(e.getValue())))
                .toList();
        for (int i = 0; i < templates.size(); i++) {
            for (int j = i + 1; j < templates.size(); j++) {
                if (templates.get(i).overlaps(templates.get(j))) {
                    throw new IllegalStateException(templates.get(i).path() + " and " + templates.get(j).path()
                            + " match the same paths");
                }
            }
        }
        return new RouteTable(templates, replicas);
    }

    /**
     * Every route, then each template's 405: no two templates match one path (checked when the table is made), so the
     * order changes no answer, and a request walks Helidon's list past the routes of its own method only (each 405
     * route in between cost a regular expression per request).
     */
    @Override
    public void routing(HttpRules rules) {
        for (Template template : templates) {
            template.routes().forEach(r -> rules.route(r.method(), template.path(), ReplicaScopes.apply(r, replicas)));
        }
        for (Template template : templates) {
            rules.any(template.path(), MethodNotAllowedException.handler(template.allow()));
        }
    }

    /** The access a request needs: admin under {@code /api/v1/admin/}, else its route's, else a JWT. */
    public Access accessFor(Method method, String path) {
        if (path.startsWith(ADMIN_PREFIX)) {
            return Access.ADMIN;
        }
        String[] segments = segments(path);
        for (Template template : templates) {
            if (template.matches(segments)) {
                for (Route route : template.routes()) {
                    if (route.method().equals(method)) {
                        return route.access();
                    }
                }
            }
        }
        return Access.JWT_ONLY;
    }

    /**
     * Whether the request is for a known path with a method none of its routes declares (outside the admin area): its
     * answer is 405 whoever asks, so no route's access applies (an API key got 403 before; found by the fuzzer).
     */
    public boolean undeclaredMethod(Method method, String path) {
        if (path.startsWith(ADMIN_PREFIX)) {
            return false;
        }
        Template template = matching(segments(path));
        if (template == null) {
            return false;
        }
        for (Route route : template.routes()) {
            if (route.method().equals(method)) {
                return false;
            }
        }
        return true;
    }

    /** The first template {@code segments} match, null for none (a loop: it runs twice for every request). */
    private Template matching(String[] segments) {
        for (Template template : templates) {
            if (template.matches(segments)) {
                return template;
            }
        }
        return null;
    }

    /** The template a path matches, such as {@code /api/v1/graphs/{id}}, whatever the method. */
    public Optional<String> templateOf(String path) {
        return Optional.ofNullable(matching(segments(path))).map(Template::path);
    }

    /** Every route, in declaration order by template. */
    public List<Route> routes() {
        return templates.stream().flatMap(t -> t.routes().stream()).toList();
    }

    /**
     * A template's segments, {@code null} for each {@code {param}}. Matching compares segments instead of running a
     * regular expression per template: it runs for every request (access, and the metrics' route).
     */
    private static String[] pattern(String template) {
        String[] parts = template.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].startsWith("{") ? null : parts[i];
        }
        return parts;
    }

    /** A request path's segments after the leading slash, one trailing slash ignored; null when not absolute. */
    private static String[] segments(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return null;
        }
        int end = path.length() > 1 && path.endsWith("/") ? path.length() - 1 : path.length();
        return path.substring(1, end).split("/", -1);
    }

    /** One path template and the routes declared on it. */
    private record Template(String path, String[] pattern, List<Route> routes) {
        /** Each literal segment equal, each parameter one non-empty segment. */
        boolean matches(String[] segments) {
            if (segments == null || segments.length != pattern.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i] == null ? segments[i].isEmpty() : !pattern[i].equals(segments[i])) {
                    return false;
                }
            }
            return true;
        }

        /** Whether some path matches both: as long, and each pair of segments equal literals or a parameter. */
        boolean overlaps(Template other) {
            if (pattern.length != other.pattern.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i] != null && other.pattern[i] != null && !pattern[i].equals(other.pattern[i])) {
                    return false;
                }
            }
            return true;
        }

        String allow() {
            return routes.stream().map(Route::method)
                    .sorted(Comparator.comparingInt(METHOD_ORDER::indexOf))
                    .map(Method::text)
                    .collect(Collectors.joining(", "));
        }
    }
}
