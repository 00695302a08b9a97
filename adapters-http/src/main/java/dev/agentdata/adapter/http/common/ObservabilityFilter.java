package dev.agentdata.adapter.http.common;

import java.lang.System.Logger.Level;
import java.time.Duration;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Timer;
import io.helidon.service.registry.Services;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Gives every request an {@code X-Request-Id} and records a request counter and a latency timer tagged with
 * the route template, the method and the status.
 */
public final class ObservabilityFilter implements Filter {
    private static final System.Logger LOG = System.getLogger(ObservabilityFilter.class.getName());

    private final ProblemMapper problems;
    private volatile MeterRegistry registry;
    private volatile boolean metricsBroken;

    public ObservabilityFilter(ProblemMapper problems) {
        this.problems = problems;
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
            int status = failure == null ? res.status().code() : problems.statusOf(failure).code();
            record(req.matchingPattern().orElse("unmatched"), req.prologue().method().text(), status,
                    System.nanoTime() - start);
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
            String code = Integer.toString(status);
            r.getOrCreate(Counter.builder("agentdata.http.requests")
                    .description("HTTP requests by route template and status")
                    .tags(Metrics.tags("route", route, "method", method, "status", code))).increment();
            r.getOrCreate(Timer.builder("agentdata.http.latency")
                    .description("HTTP request latency by route template and status")
                    .tags(Metrics.tags("route", route, "method", method, "status", code)))
                    .record(Duration.ofNanos(nanos));
        } catch (RuntimeException | LinkageError e) {
            metricsBroken = true;
            LOG.log(Level.WARNING, "HTTP metrics disabled: no meter registry", e);
        }
    }
}
