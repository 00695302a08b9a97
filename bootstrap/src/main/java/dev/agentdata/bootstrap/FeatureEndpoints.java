package dev.agentdata.bootstrap;

import static io.helidon.http.Method.GET;
import static io.helidon.http.Method.HEAD;
import static io.helidon.http.Method.OPTIONS;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.HttpRouting;

import dev.agentdata.adapter.http.common.MethodNotAllowedException;

/**
 * The endpoints served beside the API (Helidon's health, metrics and OpenAPI document, and the page showing it) and
 * the methods each answers: any other method is 405 with {@code Allow}, as on the API's own routes, where Helidon
 * says 404.
 */
final class FeatureEndpoints {
    private static final List<Method> HEALTH = List.of(GET, HEAD);
    private static final List<Method> METRICS = List.of(GET, OPTIONS);
    private static final Map<String, List<Method>> METHODS = Map.ofEntries(
            Map.entry("/openapi", List.of(GET)),
            Map.entry("/docs", List.of(GET)),
            Map.entry("/observe/health", HEALTH),
            Map.entry("/observe/health/live", HEALTH),
            Map.entry("/observe/health/ready", HEALTH),
            Map.entry("/observe/health/started", HEALTH),
            Map.entry("/observe/metrics", METRICS),
            Map.entry("/observe/metrics/application", METRICS),
            Map.entry("/observe/metrics/base", METRICS),
            Map.entry("/observe/metrics/vendor", METRICS));

    private FeatureEndpoints() {
    }

    /** A 405 for each endpoint and method it does not answer; the routing's error handlers write the problem. */
    static void registerMethodChecks(HttpRouting.Builder routing) {
        METHODS.forEach((path, allowed) -> routing.route(method -> !allowed.contains(method), PathMatchers.exact(path),
                MethodNotAllowedException.handler(allowed.stream().map(Method::text).collect(Collectors.joining(", ")))));
    }
}
