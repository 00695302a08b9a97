package dev.agentdata.adapter.http.common;

import java.util.List;

import dev.agentdata.domain.common.Violation;

/** A request whose shape is wrong (malformed JSON, wrong type, unknown field, bad query parameter): 400. */
public final class BadRequestException extends RuntimeException {
    private final transient List<Violation> errors;

    public BadRequestException(String detail, List<Violation> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    public static BadRequestException of(String path, String message) {
        return of(List.of(new Violation(path, message)));
    }

    /** A 400 listing every problem collected. */
    public static BadRequestException of(List<Violation> errors) {
        return new BadRequestException("the request is malformed", errors);
    }

    public List<Violation> errors() {
        return errors;
    }
}
