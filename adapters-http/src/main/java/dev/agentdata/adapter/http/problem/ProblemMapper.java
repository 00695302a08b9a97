package dev.agentdata.adapter.http.problem;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.http.media.UnsupportedTypeException;
import io.helidon.http.media.jackson.JacksonRuntimeException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.adapter.http.common.BadRequestException;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.adapter.http.common.RequestId;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.execution.ExecutionStateException;

/** The one place where failures become RFC 9457 problem documents; 5xx bodies never carry internals. */
public final class ProblemMapper {
    private static final System.Logger LOG = System.getLogger(ProblemMapper.class.getName());

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
        List<Header> headers = new ArrayList<>();
        headers.add(HeaderValues.create(RequestId.HEADER, requestId));
        if (problem.status() == 401) {
            headers.add(HeaderValues.create(HeaderNames.WWW_AUTHENTICATE, "Bearer"));
        }
        if (t instanceof MethodNotAllowedException m) {
            headers.add(HeaderValues.create(HeaderNames.ALLOW, m.allow()));
        }
        writer.problem(res, Status.create(problem.status()), problem, headers);
    }

    public Status statusOf(Throwable failure) {
        return Status.create(toProblem(unwrap(failure), "-").status());
    }

    public byte[] payloadTooLarge(long limit) {
        return writer.bytes(problem(ProblemTypes.PAYLOAD_TOO_LARGE,
                "the request body is larger than the limit of " + limit + " bytes", null));
    }

    public byte[] malformedRequest() {
        return writer.bytes(problem(ProblemTypes.BAD_REQUEST,
                "the request could not be parsed (request line, URI encoding or headers)", null));
    }

    Problem toProblem(Throwable t, String requestId) {
        if (t instanceof HttpException e) {
            return fromHttp(e);
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

    private static Problem fromHttp(HttpException e) {
        int code = e.status().code();
        return switch (code) {
            case 404 -> problem(ProblemTypes.NOT_FOUND, "no such resource", null);
            case 405 -> problem(ProblemTypes.METHOD_NOT_ALLOWED, "method not allowed on this resource", null);
            case 413 -> problem(ProblemTypes.PAYLOAD_TOO_LARGE, "the request body is too large", null);
            case 415 -> problem(ProblemTypes.UNSUPPORTED_MEDIA, "request bodies must be application/json", null);
            default -> code >= 500
                    ? problem(new ProblemType(code, "internal", e.status().reasonPhrase()), "the server could not answer",
                            null)
                    : problem(new ProblemType(code, "http-" + code, e.status().reasonPhrase()),
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
