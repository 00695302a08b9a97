package dev.agentdata.bootstrap;

import static io.helidon.http.Method.GET;
import static io.helidon.http.Method.HEAD;
import static io.helidon.http.Method.OPTIONS;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.helidon.common.media.type.MediaType;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HttpException;
import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
import io.helidon.http.Status;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import dev.agentdata.adapter.http.common.MethodNotAllowedException;

/**
 * The endpoints served beside the API (Helidon's health, metrics and OpenAPI document, and the page showing it) and
 * the methods each answers: any other method is 405 with {@code Allow}, as on the API's own routes, where Helidon
 * says 404; and metrics or the OpenAPI document in no acceptable format are a 406 problem, where Helidon sends an
 * empty 406 (metrics) or a 404 (the document; found by the fuzzer).
 */
final class FeatureEndpoints {
    private static final List<Method> HEALTH = List.of(GET, HEAD);
    private static final List<Method> METRICS = List.of(GET, OPTIONS);
    /** The formats Helidon's metrics endpoint writes, in its order of preference. */
    private static final MediaType[] METRICS_FORMATS = {MediaTypes.TEXT_PLAIN, MediaTypes.APPLICATION_OPENMETRICS_TEXT,
            MediaTypes.APPLICATION_JSON};
    /** The formats Helidon's OpenAPI endpoint writes; {@code ?format=} overrides {@code Accept}. */
    private static final MediaType[] OPENAPI_FORMATS = {MediaTypes.APPLICATION_OPENAPI_YAML,
            MediaTypes.APPLICATION_X_YAML, MediaTypes.APPLICATION_YAML, MediaTypes.APPLICATION_OPENAPI_JSON,
            MediaTypes.APPLICATION_JSON, MediaTypes.TEXT_X_YAML, MediaTypes.TEXT_YAML};
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

    /**
     * A 405 for each endpoint and method it does not answer, and a 406 for metrics asked in no format they have;
     * the routing's error handlers write the problems.
     */
    static void register(HttpRouting.Builder routing) {
        METHODS.forEach((path, allowed) -> {
            String allow = allowed.stream().map(Method::text).collect(Collectors.joining(", "));
            routing.route(method -> !allowed.contains(method), PathMatchers.exact(path),
                    MethodNotAllowedException.handler(allow));
        });
        routing.addFilter(FeatureEndpoints::metricsFormats);
        routing.addFilter(FeatureEndpoints::openApiFormats);
    }

    /** Helidon's OpenAPI endpoint passes an {@code Accept} that names none of its formats on, to a 404. */
    private static void openApiFormats(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (req.prologue().method().equals(GET) && req.path().path().equals("/openapi")
                && req.query().first("format").isEmpty() && req.headers().bestAccepted(OPENAPI_FORMATS).isEmpty()) {
            throw new HttpException("no format of the document is acceptable", Status.NOT_ACCEPTABLE_406, true);
        }
        chain.proceed();
    }

    /** Helidon's metrics answer an {@code Accept} that names none of their formats with a bare 406. */
    private static void metricsFormats(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (req.prologue().method().equals(GET) && req.path().path().startsWith("/observe/metrics")
                && req.headers().bestAccepted(METRICS_FORMATS).isEmpty()) {
            throw new HttpException("no metrics format is acceptable", Status.NOT_ACCEPTABLE_406, true);
        }
        chain.proceed();
    }
}
