package dev.agentdata.application.service.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.agentdata.application.port.in.ops.SweepResult;
import dev.agentdata.application.port.in.ops.TimeoutStuckExecutionsUseCase;
import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.domain.execution.ExecutionStatus;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.execution.GraphTransition;
import dev.agentdata.domain.execution.TransitionOutcome;

/**
 * Sweeps stuck executions into {@code timeout}: each one re-read, re-checked and moved by the same plan as a
 * request's, narrowed to the status it was found stuck in (cascading to its active node executions), so one that
 * ended or started afresh meanwhile is skipped rather than overwritten.
 */
public final class TimeoutStuckExecutionsService implements TimeoutStuckExecutionsUseCase {
    static final int BATCH = 200;
    private static final int MAX_ROUNDS = 50;

    private final ExecutionMaintenance maintenance;
    private final ExecutionRepository executions;
    private final Clock clock;
    private final ExecutionEvents events;

    public TimeoutStuckExecutionsService(ExecutionMaintenance maintenance, ExecutionRepository executions,
                                         Clock clock) {
        this(maintenance, executions, clock, ExecutionEvents.NONE);
    }

    public TimeoutStuckExecutionsService(ExecutionMaintenance maintenance, ExecutionRepository executions,
                                         Clock clock, ExecutionEvents events) {
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.executions = Objects.requireNonNull(executions, "executions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public SweepResult timeoutStuck(Duration runningTimeout, Duration queuedTimeout) {
        requirePositive(runningTimeout, "running timeout");
        requirePositive(queuedTimeout, "queued timeout");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Cutoffs cutoffs = new Cutoffs(now.minus(runningTimeout), now.minus(queuedTimeout), runningTimeout,
                queuedTimeout);
        int found = 0;
        int moved = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<UUID> ids = maintenance.findStuck(cutoffs.running(), cutoffs.queued(), BATCH);
            int movedNow = 0;
            for (UUID id : ids) {
                if (timeoutOne(id, cutoffs, now)) {
                    movedNow++;
                }
            }
            found += ids.size();
            moved += movedNow;
            if (ids.size() < BATCH || movedNow == 0) {
                break;
            }
        }
        return new SweepResult(found, moved, found - moved);
    }

    /**
     * A running execution keeps its {@code started_at} and a queued one its {@code created_at}, so one still in the
     * status it was found stuck in is still stuck: narrowing the plan to that status is the whole re-check.
     */
    private boolean timeoutOne(UUID id, Cutoffs cutoffs, Instant now) {
        Optional<GraphExecution> current = executions.findForOperator(id).filter(cutoffs::isStuck);
        if (current.isEmpty()) {
            return false;
        }
        ExecutionStatus found = current.get().status();
        GraphTransition plan = GraphTransition.to(ExecutionStatus.TIMEOUT, now, null, cutoffs.reason(found))
                .onlyFrom(found);
        if (!(executions.transitionForOperator(id, plan) instanceof TransitionOutcome.Applied<GraphExecution> done)) {
            return false;
        }
        events.graphTransitioned(ExecutionStatus.TIMEOUT);
        if (done.cascaded() > 0) {
            events.nodesTransitioned(ExecutionStatus.TIMEOUT, done.cascaded());
        }
        return true;
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    /** The instants before which a running or queued execution counts as stuck. */
    private record Cutoffs(Instant running, Instant queued, Duration runningLimit, Duration queuedLimit) {
        boolean isStuck(GraphExecution e) {
            return switch (e.status()) {
                case RUNNING -> e.startedAt() != null && e.startedAt().isBefore(running);
                case QUEUED -> e.createdAt().isBefore(queued);
                default -> false;
            };
        }

        String reason(ExecutionStatus status) {
            Duration limit = status == ExecutionStatus.RUNNING ? runningLimit : queuedLimit;
            return "timed out: " + status.wireName() + " for longer than " + limit;
        }
    }
}
