package dev.agentdata.application.service.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.agentdata.application.port.in.ops.PruneExecutionsUseCase;
import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.PrunedCounts;

/** Deletes old finished executions batch by batch, each batch a short unit of its own, until none are left. */
public final class PruneExecutionsService implements PruneExecutionsUseCase {
    private final ExecutionMaintenance maintenance;
    private final Clock clock;

    public PruneExecutionsService(ExecutionMaintenance maintenance, Clock clock) {
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PrunedCounts prune(Duration olderThan, int batchSize) {
        if (olderThan == null || olderThan.isNegative() || olderThan.isZero()) {
            throw new IllegalArgumentException("older-than must be positive, was " + olderThan);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, was " + batchSize);
        }
        Instant cutoff = clock.instant().minus(olderThan);
        PrunedCounts total = PrunedCounts.NONE;
        while (true) {
            PrunedCounts batch = maintenance.pruneFinishedBatch(cutoff, batchSize);
            total = total.plus(batch);
            if (batch.executions() < batchSize) {
                return total;
            }
        }
    }
}
