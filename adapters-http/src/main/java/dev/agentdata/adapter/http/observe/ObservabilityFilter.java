package dev.agentdata.adapter.http.observe;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Timer;
import io.helidon.service.registry.Services;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import dev.agentdata.adapter.http.common.RequestId;
import dev.agentdata.adapter.http.problem.ProblemMapper;
import dev.agentdata.domain.user.UserContext;

/**
 * Gives every request an {@code X-Request-Id}, records a request counter and a latency histogram tagged with
 * the route template, the method and the status, and writes one key=value access line to {@code agentdata.access}.
 */
public final class ObservabilityFilter implements Filter {
    /** The access log's logger name (silence it with {@code agentdata.access.level=OFF}). */
    public static final String ACCESS_LOGGER = AccessLog.LOGGER;
    /** Upper bounds of the latency histogram's buckets. */
    static final Duration[] LATENCY_BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final System.Logger LOG = System.getLogger(ObservabilityFilter.class.getName());

    private final ProblemMapper problems;
    /** Methods kept as a tag value; any other is tagged OTHER so clients cannot mint meters at will. */
    private static final java.util.Set<String> STANDARD_METHODS =
            java.util.Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

    private volatile MeterRegistry registry;
    private volatile boolean metricsBroken;
    private final ConcurrentHashMap<String, RouteMeters> meters = new ConcurrentHashMap<>();

    public ObservabilityFilter(ProblemMapper problems) {
        this.problems = problems;
    }

    /** The meters of one route template, method and status, looked up once. */
    private record RouteMeters(Counter requests, Timer latency) {
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        RequestId id = RequestId.fromHeader(req.headers().first(RequestId.HEADER));
        req.context().register(id);
        res.header(RequestId.HEADER, id.value());
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            chain.proceed();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            long nanos = System.nanoTime() - start;
            // a failure after the answer was sent (a connection closed on purpose) does not change what was answered
            int status = failure == null || res.isSent() ? res.status().code() : problems.statusOf(failure).code();
            String route = req.matchingPattern().orElse("unmatched");
            String method = req.prologue().method().text();
            record(route, STANDARD_METHODS.contains(method) ? method : "OTHER", status, nanos);
            String user = req.context().get(UserContext.class).map(u -> u.userId().toString()).orElse("-");
            AccessLog.write(method, req.prologue().uriPath().rawPath(), route, status, nanos, id.value(), user);
        }
    }

    private void record(String route, String method, int status, long nanos) {
        if (metricsBroken) {
            return;
        }
        try {
            MeterRegistry r = registry;
            if (r == null) {
                r = Services.get(MeterRegistry.class);
                registry = r;
            }
            MeterRegistry reg = r;
            RouteMeters m = meters.computeIfAbsent(route + ' ' + method + ' ' + status, k -> {
                String code = Integer.toString(status);
                return new RouteMeters(
                        reg.getOrCreate(Counter.builder("agentdata.http.requests")
                                .description("HTTP requests by route template and status")
                                .tags(Metrics.tags("route", route, "method", method, "status", code))),
                        reg.getOrCreate(Timer.builder("agentdata.http.latency")
                                .description("HTTP request latency by route template and status")
                                .buckets(LATENCY_BUCKETS)
                                .tags(Metrics.tags("route", route, "method", method, "status", code))));
            });
            m.requests().increment();
            m.latency().record(Duration.ofNanos(nanos));
        } catch (RuntimeException | LinkageError e) {
            metricsBroken = true;
            LOG.log(Level.WARNING, "HTTP metrics disabled: no meter registry", e);
        }
    }
}
