package dev.agentdata.adapter.http.problem;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.ErrorHandling;

import dev.agentdata.adapter.http.common.RequestId;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.adapter.http.observe.AccessLog;

/**
 * Answers every request Helidon refuses before routing (an unparseable request line, a bad percent-encoding,
 * a request line or headers too large, a body over the limit, too many concurrent requests) with a problem
 * document carrying {@code X-Request-Id}, and writes its access line.
 */
public final class TransportProblems implements DirectHandler {
    /**
     * Helidon's message for request headers over its limit, which it answers as a plain 400. The message reaches a
     * direct handler only with {@link #ERROR_HANDLING}; it is never sent to the client.
     */
    static final String HEADERS_TOO_LARGE = "Header size exceeded";
    /** The server's error handling this needs: Helidon's message passed on, so that 431 can be told from 400. */
    public static final ErrorHandling ERROR_HANDLING = ErrorHandling.builder().includeEntity(true).build();
    /** Helidon has no constant for it. */
    static final Status HEADERS_TOO_LARGE_431 = Status.create(431, "Request Header Fields Too Large");

    private final ProblemMapper problems;
    private final long maxPayloadBytes;

    public TransportProblems(ProblemMapper problems, long maxPayloadBytes) {
        this.problems = problems;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        Status answered = status.code() == Status.BAD_REQUEST_400.code() && HEADERS_TOO_LARGE.equals(message)
                ? HEADERS_TOO_LARGE_431 : status;
        String requestId = RequestId.fromHeader(request.headers().first(RequestId.HEADER)).value();
        Problem problem = answered.code() == Status.REQUEST_ENTITY_TOO_LARGE_413.code()
                ? problems.payloadTooLarge(maxPayloadBytes) : ProblemMapper.forStatus(answered);
        headers.set(HeaderValues.create(HeaderNames.CONTENT_TYPE, ResponseWriter.PROBLEM_JSON));
        problems.headers(problem, requestId).forEach(headers::set);
        AccessLog.write(request.method(), request.path(), "unmatched", answered.code(), 0, requestId, "-");
        return TransportResponse.builder()
                .status(answered)
                .headers(headers)
                .keepAlive(false)
                .entity(problems.bytes(problem))
                .build();
    }
}
