package dev.agentdata.adapter.http.problem;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.http.media.UnsupportedTypeException;
import io.helidon.http.media.jackson.JacksonRuntimeException;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.common.BadRequestException;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.adapter.http.common.PayloadTooLargeException;
import dev.agentdata.adapter.http.common.RequestId;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.execution.ExecutionStateException;

/** The one place where failures become RFC 9457 problem documents; 5xx bodies never carry internals. */
public final class ProblemMapper {
    private static final System.Logger LOG = System.getLogger(ProblemMapper.class.getName());

    /** How long a client should wait before retrying a 503 (the database down or no pooled connection free). */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final ResponseWriter writer;

    public ProblemMapper(ResponseWriter writer) {
        this.writer = writer;
    }

    /** Registers the error handlers: Helidon's own HTTP errors and a catch-all. */
    public void register(HttpRouting.Builder routing) {
        routing.error(HttpException.class, this::write);
        routing.error(Throwable.class, this::write);
    }

    public void write(ServerRequest req, ServerResponse res, Throwable failure) {
        Throwable t = unwrap(failure);
        String requestId = RequestId.of(req);
        Problem problem = toProblem(t, requestId);
        if (problem.status() >= 500) {
            LOG.log(Level.ERROR, "request failed: method=" + req.prologue().method().text() + " path="
                    + req.prologue().uriPath().rawPath() + " status=" + problem.status() + " request_id=" + requestId, t);
        }
        List<Header> headers = headers(problem, requestId);
        if (t instanceof MethodNotAllowedException m) {
            headers.add(HeaderValues.create(HeaderNames.ALLOW, m.allow()));
        }
        if (t instanceof PayloadTooLargeException) {
            headers.add(HeaderValues.CONNECTION_CLOSE);
        }
        writer.problem(res, Status.create(problem.status()), problem, headers);
        if (t instanceof PayloadTooLargeException) {
            // the rest of the body is still on the wire and cannot be told from a next request: Helidon would go on
            // reading it as one despite "Connection: close", so the connection ends here
            throw new CloseConnectionException("request body over the limit, request_id=" + requestId);
        }
    }

    public Status statusOf(Throwable failure) {
        return Status.create(toProblem(unwrap(failure), "-").status());
    }

    /** The headers every problem with this status carries: the request id, and the ones its status demands. */
    List<Header> headers(Problem problem, String requestId) {
        List<Header> headers = new ArrayList<>();
        headers.add(HeaderValues.create(RequestId.HEADER, requestId));
        if (problem.status() == Status.UNAUTHORIZED_401.code()) {
            headers.add(HeaderValues.create(HeaderNames.WWW_AUTHENTICATE, "Bearer"));
        }
        if (problem.status() == Status.SERVICE_UNAVAILABLE_503.code()) {
            headers.add(HeaderValues.create(HeaderNames.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds())));
        }
        return headers;
    }

    Problem payloadTooLarge(long limit) {
        return problem(ProblemTypes.PAYLOAD_TOO_LARGE,
                "the request body is larger than the limit of " + limit + " bytes", null);
    }

    byte[] bytes(Problem problem) {
        return writer.bytes(problem);
    }

    Problem toProblem(Throwable t, String requestId) {
        if (t instanceof HttpException e) {
            return forStatus(e.status());
        }
        if (t instanceof RequestException e) {
            return forStatus(e.status());
        }
        return ProblemTypes.of(t.getClass())
                .map(type -> problem(type, detail(t, requestId), errors(t)))
                .orElseGet(() -> problem(ProblemTypes.INTERNAL,
                        "an unexpected error occurred (request " + requestId + ")", null));
    }

    /** The failure's message, except where it would be vague or where the wire promises other words. */
    private static String detail(Throwable t, String requestId) {
        return switch (t) {
            case ExecutionStateException e -> withStatus(e);
            case ValidationException e -> "the request breaks " + e.violations().size() + " rule(s)";
            case UnsupportedTypeException e -> "request bodies must be application/json";
            case JacksonRuntimeException e -> "malformed JSON body";
            case StorageUnavailableException e -> "the database is unavailable; try again later (request "
                    + requestId + ")";
            case IllegalArgumentException e -> "the request breaks a rule";
            default -> t.getMessage();
        };
    }

    private static List<Problem.ErrorItem> errors(Throwable t) {
        return switch (t) {
            case BadRequestException e -> items(e.errors());
            case ValidationException e -> items(e.violations());
            default -> null;
        };
    }

    /** The problem for a status Helidon chose (an {@code HttpException}, or a request refused before routing). */
    static Problem forStatus(Status status) {
        int code = status.code();
        return switch (code) {
            case 400 -> problem(ProblemTypes.BAD_REQUEST,
                    "the request could not be parsed (request line, URI encoding or headers)", null);
            case 404 -> problem(ProblemTypes.NOT_FOUND, "no such resource", null);
            case 405 -> problem(ProblemTypes.METHOD_NOT_ALLOWED, "method not allowed on this resource", null);
            case 413 -> problem(ProblemTypes.PAYLOAD_TOO_LARGE, "the request body is too large", null);
            case 414 -> problem(ProblemTypes.URI_TOO_LONG, "the request line (path and query) is too long", null);
            case 415 -> problem(ProblemTypes.UNSUPPORTED_MEDIA, "request bodies must be application/json", null);
            case 431 -> problem(ProblemTypes.HEADERS_TOO_LARGE, "the request headers are too large", null);
            case 503 -> problem(ProblemTypes.UNAVAILABLE, "the server is too busy to answer; try again later", null);
            default -> code >= 500
                    ? problem(new ProblemType(code, "internal", status.reasonPhrase()), "the server could not answer",
                            null)
                    : problem(new ProblemType(code, "http-" + code, status.reasonPhrase()),
                            "the request could not be served", null);
        };
    }

    private static String withStatus(ExecutionStateException e) {
        String status = e.current() == null ? null : e.current().wireName();
        return status == null || e.getMessage().contains("current status")
                ? e.getMessage() : e.getMessage() + "; current status is " + status;
    }

    private static Problem problem(ProblemType type, String detail, List<Problem.ErrorItem> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, errors);
    }

    private static List<Problem.ErrorItem> items(List<Violation> violations) {
        return violations.stream().map(v -> new Problem.ErrorItem(v.path(), v.message())).toList();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof ExecutionException || cur instanceof CompletionException) && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }
}
