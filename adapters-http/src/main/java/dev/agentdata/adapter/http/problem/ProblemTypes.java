package dev.agentdata.adapter.http.problem;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.http.media.UnsupportedTypeException;
import io.helidon.http.media.jackson.JacksonRuntimeException;

import dev.agentdata.adapter.http.common.BadRequestException;
import dev.agentdata.adapter.http.common.MethodNotAllowedException;
import dev.agentdata.adapter.http.common.PayloadTooLargeException;
import dev.agentdata.adapter.http.common.UnauthorizedException;
import dev.agentdata.adapter.http.common.UnsupportedMediaException;
import dev.agentdata.adapter.http.limit.BodiesOverBudgetException;
import dev.agentdata.adapter.http.limit.RateLimitExceededException;
import dev.agentdata.application.port.out.SharedStateUnavailableException;
import dev.agentdata.application.port.out.StorageUnavailableException;
import dev.agentdata.domain.common.ConflictException;
import dev.agentdata.domain.common.ForbiddenException;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.credit.IdempotencyConflictException;
import dev.agentdata.domain.credit.InsufficientCreditsException;
import dev.agentdata.domain.execution.ExecutionStateException;
import dev.agentdata.domain.execution.IllegalTransitionException;
import dev.agentdata.domain.store.IllegalSubmissionTransitionException;
import dev.agentdata.domain.store.SlugTakenException;
import dev.agentdata.domain.store.SubmissionLockedException;
import dev.agentdata.domain.user.EmailTakenException;

/**
 * Which problem each failure type is, by type (never by name): every {@code DomainException} subtype is listed
 * itself, so a new one fails {@code ProblemTypesTest} until it is given its status here.
 */
final class ProblemTypes {
    static final ProblemType BAD_REQUEST = new ProblemType(400, "bad-request", "Bad Request");
    static final ProblemType NOT_FOUND = new ProblemType(404, "not-found", "Not Found");
    static final ProblemType METHOD_NOT_ALLOWED = new ProblemType(405, "method-not-allowed", "Method Not Allowed");
    static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType(413, "payload-too-large", "Content Too Large");
    static final ProblemType URI_TOO_LONG = new ProblemType(414, "uri-too-long", "URI Too Long");
    static final ProblemType HEADERS_TOO_LARGE = new ProblemType(431, "headers-too-large",
            "Request Header Fields Too Large");
    static final ProblemType UNAVAILABLE = new ProblemType(503, "unavailable", "Service Unavailable");
    static final ProblemType UNSUPPORTED_MEDIA = new ProblemType(415, "unsupported-media-type", "Unsupported Media Type");
    static final ProblemType INTERNAL = new ProblemType(500, "internal", "Internal Server Error");
    private static final ProblemType CONFLICT = new ProblemType(409, "conflict", "Conflict");
    private static final ProblemType VALIDATION = new ProblemType(422, "validation", "Unprocessable Content");

    private static final Map<Class<? extends Throwable>, ProblemType> BY_TYPE = Map.ofEntries(
            entry(BadRequestException.class, BAD_REQUEST),
            entry(JacksonRuntimeException.class, BAD_REQUEST),
            entry(UnauthorizedException.class, new ProblemType(401, "unauthorized", "Unauthorized")),
            entry(InsufficientCreditsException.class, new ProblemType(402, "insufficient-credits", "Payment Required")),
            entry(ForbiddenException.class, new ProblemType(403, "forbidden", "Forbidden")),
            entry(NotFoundException.class, NOT_FOUND),
            entry(MethodNotAllowedException.class, METHOD_NOT_ALLOWED),
            entry(RateLimitExceededException.class, new ProblemType(429, "rate-limited", "Too Many Requests")),
            entry(BodiesOverBudgetException.class, new ProblemType(503, "busy", "Service Unavailable")),
            // the rate limits fall back to one server's counts; should it ever escape, the server is degraded
            entry(SharedStateUnavailableException.class,
                    new ProblemType(503, "shared-state-unavailable", "Service Unavailable")),
            entry(IllegalTransitionException.class, new ProblemType(409, "illegal-transition", "Conflict")),
            entry(ExecutionStateException.class, new ProblemType(409, "execution-state", "Conflict")),
            entry(ConflictException.class, CONFLICT),
            entry(EmailTakenException.class, CONFLICT),
            entry(IdempotencyConflictException.class, CONFLICT),
            entry(SlugTakenException.class, CONFLICT),
            entry(SubmissionLockedException.class, CONFLICT),
            entry(IllegalSubmissionTransitionException.class, CONFLICT),
            entry(PayloadTooLargeException.class, PAYLOAD_TOO_LARGE),
            entry(UnsupportedMediaException.class, UNSUPPORTED_MEDIA),
            entry(UnsupportedTypeException.class, UNSUPPORTED_MEDIA),
            entry(ValidationException.class, VALIDATION),
            // a value a domain constructor refused: the request broke a rule, not the server
            entry(IllegalArgumentException.class, VALIDATION),
            entry(StorageUnavailableException.class, new ProblemType(503, "storage-unavailable", "Service Unavailable")));

    private ProblemTypes() {
    }

    /** The problem type of {@code failure}'s class, else of its nearest superclass that has one. */
    static Optional<ProblemType> of(Class<?> failure) {
        for (Class<?> c = failure; c != null; c = c.getSuperclass()) {
            ProblemType type = BY_TYPE.get(c);
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The failure types that have an entry of their own (not only one through a superclass). */
    static Set<Class<? extends Throwable>> listed() {
        return BY_TYPE.keySet();
    }
}
