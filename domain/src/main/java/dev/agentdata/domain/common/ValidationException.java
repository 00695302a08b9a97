package dev.agentdata.domain.common;

import java.util.List;

/** Values of the right shape that break rules; carries every violation found, not only the first. */
public final class ValidationException extends DomainException {
    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.size() + " validation error(s): " + violations.getFirst().path() + " " + violations.getFirst().message());
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String path, String message) {
        return new ValidationException(List.of(new Violation(path, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
