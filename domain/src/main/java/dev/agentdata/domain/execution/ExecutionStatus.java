package dev.agentdata.domain.execution;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The execution lifecycle as data: the single transition table shared by the domain, every adapter's
 * atomic update and the tests.
 */
public enum ExecutionStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT;

    /** The API's name of each status (made once: statements and responses name statuses on every request). */
    private final String wireName = name().toLowerCase(Locale.ROOT);

    private static final Map<ExecutionStatus, Set<ExecutionStatus>> NEXT = new EnumMap<>(ExecutionStatus.class);
    private static final Map<ExecutionStatus, Set<ExecutionStatus>> PREVIOUS = new EnumMap<>(ExecutionStatus.class);
    private static final Set<ExecutionStatus> ACTIVE = Collections.unmodifiableSet(EnumSet.of(QUEUED, RUNNING));

    static {
        NEXT.put(QUEUED, EnumSet.of(RUNNING, FAILED, CANCELLED, TIMEOUT));
        NEXT.put(RUNNING, EnumSet.of(COMPLETED, FAILED, CANCELLED, TIMEOUT));
        for (ExecutionStatus s : values()) {
            NEXT.putIfAbsent(s, EnumSet.noneOf(ExecutionStatus.class));
            PREVIOUS.put(s, EnumSet.noneOf(ExecutionStatus.class));
        }
        NEXT.forEach((from, tos) -> tos.forEach(to -> PREVIOUS.get(to).add(from)));
        NEXT.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        PREVIOUS.replaceAll((k, v) -> Collections.unmodifiableSet(v));
    }

    /** Statuses this one may move to. */
    public Set<ExecutionStatus> next() {
        return NEXT.get(this);
    }

    /** Statuses from which a transition into {@code this} is allowed (the guard of an atomic update). */
    public Set<ExecutionStatus> allowedSources() {
        return PREVIOUS.get(this);
    }

    public boolean canMoveTo(ExecutionStatus to) {
        return NEXT.get(this).contains(to);
    }

    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }

    /** The statuses that are not terminal: those a cascade ends, and those in which node executions may change. */
    public static Set<ExecutionStatus> activeStatuses() {
        return ACTIVE;
    }

    /** Entering this status stamps {@code started_at}, unless it is set already. */
    public boolean stampsStart() {
        return this == RUNNING;
    }

    /** Entering this status stamps {@code ended_at}. */
    public boolean stampsEnd() {
        return isTerminal();
    }

    public boolean isSuccessful() {
        return this == COMPLETED;
    }

    /** Terminal statuses that end still-active node executions with the same status. */
    public boolean cascadesToNodes() {
        return this == FAILED || this == CANCELLED || this == TIMEOUT;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ExecutionStatus> fromWireName(String name) {
        for (ExecutionStatus s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
