package dev.agentdata.adapter.http.limit;

import java.time.Duration;
import java.util.Optional;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import dev.agentdata.application.port.in.limit.AdmitCallerUseCase;
import dev.agentdata.application.port.in.limit.CountFailedAuthenticationUseCase;
import dev.agentdata.application.port.in.limit.QuotaDecision;
import dev.agentdata.application.port.in.limit.ScreenAddressUseCase;
import dev.agentdata.domain.user.UserContext;

/**
 * The rate limits as the auth filter applies them to each {@code /api/} request: a client address that spent its
 * failed authentications is refused before its credentials are read; a failed authentication counts against its
 * address; an identified caller's request counts against the caller and its response carries the
 * {@code RateLimit-*} headers. A refusal is a {@link RateLimitExceededException} with {@code Retry-After} set. Each
 * request is counted once, when it is admitted, so a long response (an event stream) counts as one request.
 */
public final class RequestAdmission {
    /** No limits: nothing counted, no headers. */
    public static final RequestAdmission UNLIMITED = new RequestAdmission(caller -> QuotaDecision.unlimited(),
            address -> QuotaDecision.unlimited(), address -> Optional.empty());

    static final HeaderName LIMIT = HeaderNames.create("RateLimit-Limit");
    static final HeaderName REMAINING = HeaderNames.create("RateLimit-Remaining");
    static final HeaderName RESET = HeaderNames.create("RateLimit-Reset");

    private final AdmitCallerUseCase callers;
    private final CountFailedAuthenticationUseCase failures;
    private final ScreenAddressUseCase addresses;

    public RequestAdmission(AdmitCallerUseCase callers, CountFailedAuthenticationUseCase failures,
                            ScreenAddressUseCase addresses) {
        this.callers = callers;
        this.failures = failures;
        this.addresses = addresses;
    }

    /** Refuses a request from an address that spent its failed authentications, before anything else is done. */
    public void screen(RoutingRequest req, RoutingResponse res) {
        addresses.refusal(address(req)).ifPresent(refusal -> {
            report(res, refusal);
            throw new RateLimitExceededException("too many failed authentications from this address; retry after "
                    + seconds(refusal.untilReset()) + " s");
        });
    }

    /** Counts an identified caller's request; refuses it past the caller's quota. */
    public void admit(UserContext caller, RoutingResponse res) {
        QuotaDecision decision = callers.admit(caller);
        report(res, decision);
        if (!decision.allowed()) {
            throw new RateLimitExceededException("rate limit of " + decision.limit() + " requests exceeded; retry after "
                    + seconds(decision.untilReset()) + " s");
        }
    }

    /**
     * Counts a failed authentication against its address: {@code failure} itself, or a refusal once the address has
     * spent its quota.
     */
    public RuntimeException failedAuthentication(RoutingRequest req, RoutingResponse res, RuntimeException failure) {
        QuotaDecision decision = failures.countFailure(address(req));
        if (decision.allowed()) {
            return failure;
        }
        report(res, decision);
        return new RateLimitExceededException("too many failed authentications from this address; retry after "
                + seconds(decision.untilReset()) + " s");
    }

    private static void report(RoutingResponse res, QuotaDecision decision) {
        if (!decision.limited()) {
            return;
        }
        long reset = seconds(decision.untilReset());
        res.header(LIMIT, Long.toString(decision.limit()));
        res.header(REMAINING, Long.toString(decision.remaining()));
        res.header(RESET, Long.toString(reset));
        if (!decision.allowed()) {
            res.header(HeaderNames.RETRY_AFTER, Long.toString(reset));
        }
    }

    /** Whole seconds, rounded up, at least 1: a client that waits that long finds its quota whole again. */
    static long seconds(Duration duration) {
        long millis = duration.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    private static String address(RoutingRequest req) {
        return req.remotePeer().host();
    }
}
