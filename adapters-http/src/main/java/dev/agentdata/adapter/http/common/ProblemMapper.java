package dev.agentdata.adapter.http.common;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.http.media.UnsupportedTypeException;
import io.helidon.http.media.jackson.JacksonRuntimeException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.domain.common.ConflictException;
import dev.agentdata.domain.common.DomainException;
import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.execution.ExecutionStateException;
import dev.agentdata.domain.execution.IllegalTransitionException;

/** The one place where failures become RFC 9457 problem documents; 5xx bodies never carry internals. */
public final class ProblemMapper {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "https://agentdata.dev/problems/";
    private static final System.Logger LOG = System.getLogger(ProblemMapper.class.getName());

    private final JsonCodec json;

    public ProblemMapper(JsonCodec json) {
        this.json = json;
    }

    /** Registers the error handlers: Helidon's own HTTP errors and a catch-all. */
    public void register(HttpRouting.Builder routing) {
        routing.error(HttpException.class, this::write);
        routing.error(Throwable.class, this::write);
    }

    public void write(ServerRequest req, ServerResponse res, Throwable failure) {
        Throwable t = unwrap(failure);
        Problem problem = toProblem(t, RequestId.of(req));
        if (problem.status() >= 500) {
            LOG.log(Level.ERROR, "request failed: method=" + req.prologue().method().text() + " path="
                    + req.prologue().uriPath().rawPath() + " status=" + problem.status() + " request_id=" + RequestId.of(req), t);
        }
        res.status(Status.create(problem.status()));
        res.header(HeaderNames.CONTENT_TYPE, PROBLEM_JSON);
        res.header(RequestId.HEADER, RequestId.of(req));
        if (problem.status() == 401) {
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        if (t instanceof MethodNotAllowedException m) {
            res.header(HeaderNames.ALLOW, m.allow());
        }
        res.send(json.bytes(problem));
    }

    public Status statusOf(Throwable failure) {
        return Status.create(toProblem(unwrap(failure), "-").status());
    }

    public byte[] payloadTooLarge(long limit) {
        return json.bytes(problem(413, "payload-too-large", "Content Too Large",
                "the request body is larger than the limit of " + limit + " bytes", null));
    }

    public byte[] malformedRequest() {
        return json.bytes(problem(400, "bad-request", "Bad Request",
                "the request could not be parsed (request line, URI encoding or headers)", null));
    }

    Problem toProblem(Throwable t, String requestId) {
        return switch (t) {
            case BadRequestException e -> problem(400, "bad-request", "Bad Request", e.getMessage(), items(e.errors()));
            case UnauthorizedException e -> problem(401, "unauthorized", "Unauthorized", e.getMessage(), null);
            case ForbiddenException e -> problem(403, "forbidden", "Forbidden", e.getMessage(), null);
            case NotFoundException e -> problem(404, "not-found", "Not Found", e.getMessage(), null);
            case MethodNotAllowedException e -> problem(405, "method-not-allowed", "Method Not Allowed", e.getMessage(), null);
            case IllegalTransitionException e -> problem(409, "illegal-transition", "Conflict", e.getMessage(), null);
            case ExecutionStateException e -> problem(409, "execution-state", "Conflict", withStatus(e), null);
            case ConflictException e -> problem(409, "conflict", "Conflict", e.getMessage(), null);
            case ValidationException e -> problem(422, "validation", "Unprocessable Content",
                    "the request breaks " + e.violations().size() + " rule(s)", items(e.violations()));
            case UnsupportedMediaException e -> problem(415, "unsupported-media-type", "Unsupported Media Type", e.getMessage(), null);
            case UnsupportedTypeException e -> problem(415, "unsupported-media-type", "Unsupported Media Type",
                    "request bodies must be application/json", null);
            case JacksonRuntimeException e -> problem(400, "bad-request", "Bad Request", "malformed JSON body", null);
            case StorageUnavailableException e -> problem(503, "storage-unavailable", "Service Unavailable",
                    "the database is unavailable; try again later (request " + requestId + ")", null);
            case HttpException e -> fromHttp(e);
            case DomainException e when e.getClass().getSimpleName().equals("InsufficientCreditsException") ->
                    problem(402, "insufficient-credits", "Payment Required", e.getMessage(), null);
            case IllegalArgumentException e -> problem(422, "validation", "Unprocessable Content",
                    "the request breaks a rule", null);
            default -> problem(500, "internal", "Internal Server Error",
                    "an unexpected error occurred (request " + requestId + ")", null);
        };
    }

    private static Problem fromHttp(HttpException e) {
        int code = e.status().code();
        return switch (code) {
            case 404 -> problem(404, "not-found", "Not Found", "no such resource", null);
            case 405 -> problem(405, "method-not-allowed", "Method Not Allowed", "method not allowed on this resource", null);
            case 413 -> problem(413, "payload-too-large", "Content Too Large", "the request body is too large", null);
            case 415 -> problem(415, "unsupported-media-type", "Unsupported Media Type", "request bodies must be application/json", null);
            default -> code >= 500
                    ? problem(code, "internal", e.status().reasonPhrase(), "the server could not answer", null)
                    : problem(code, "http-" + code, e.status().reasonPhrase(), "the request could not be served", null);
        };
    }

    private static String withStatus(ExecutionStateException e) {
        String status = e.current() == null ? null : e.current().wireName();
        return status == null || e.getMessage().contains("current status")
                ? e.getMessage() : e.getMessage() + "; current status is " + status;
    }

    private static Problem problem(int status, String slug, String title, String detail, List<Problem.ErrorItem> errors) {
        return new Problem(TYPE_BASE + slug, title, status, detail, errors);
    }

    private static List<Problem.ErrorItem> items(List<dev.agentdata.domain.common.Violation> violations) {
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
