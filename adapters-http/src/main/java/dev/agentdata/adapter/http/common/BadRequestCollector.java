package dev.agentdata.adapter.http.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.agentdata.domain.common.Violation;

/** Collects the 400 problems of a request's shape (missing fields, values outside a documented set), all at once. */
public final class BadRequestCollector {
    private final List<Violation> errors = new ArrayList<>();

    public BadRequestCollector required(String path, Object value) {
        if (value == null) {
            errors.add(new Violation(path, "is required"));
        }
        return this;
    }

    public BadRequestCollector oneOf(String path, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            errors.add(new Violation(path, "must be one of " + String.join(", ", allowed.stream().sorted().toList())));
        }
        return this;
    }

    public BadRequestCollector add(String path, String message) {
        errors.add(new Violation(path, message));
        return this;
    }

    /** Throws a 400 listing every problem found, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw BadRequestException.of(errors);
        }
    }
}
