package dev.agentdata.bootstrap.ops;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.helidon.config.Config;
import io.helidon.metrics.api.MeterRegistry;

import dev.agentdata.adapter.memory.InMemoryDatabase;
import dev.agentdata.adapter.memory.execution.InMemoryExecutionRepository;
import dev.agentdata.adapter.memory.ops.InMemoryExecutionMaintenance;
import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.adapter.postgres.PostgresStorage;
import dev.agentdata.adapter.postgres.ops.PgDumpBackup;
import dev.agentdata.adapter.postgres.ops.PostgresExecutionMaintenance;
import dev.agentdata.adapter.postgres.ops.PgTarget;
import dev.agentdata.adapter.postgres.ops.PgTools;
import dev.agentdata.application.port.out.ExecutionEvents;
import dev.agentdata.application.port.out.ExecutionMaintenance;
import dev.agentdata.application.port.out.ExecutionRepository;
import dev.agentdata.application.port.out.Transactions;
import dev.agentdata.application.service.ops.PruneExecutionsService;
import dev.agentdata.application.service.ops.TimeoutStuckExecutionsService;

/** The one call {@code serve} makes to run the operations jobs over its storage (see {@link OpsScheduler}). */
public final class OpsJobs {
    private static final System.Logger LOG = System.getLogger(OpsJobs.class.getName());

    private OpsJobs() {
    }

    /**
     * As {@link #start(Config, ExecutionMaintenance, ExecutionRepository, Transactions, Optional, MeterRegistry, Clock)}
     * for whichever storage {@code serve} opened: the memory tables, or Postgres (which is then also backed up).
     */
    public static OpsScheduler start(Config config, Optional<InMemoryDatabase> memory,
                                     Optional<PostgresStorage> postgres, ExecutionRepository executions,
                                     Transactions transactions, MeterRegistry registry) {
        return start(config, memory, postgres, executions, transactions, registry, ExecutionEvents.NONE);
    }

    /** As above, the sweeper reporting the executions it times out to {@code events}. */
    public static OpsScheduler start(Config config, Optional<InMemoryDatabase> memory,
                                     Optional<PostgresStorage> postgres, ExecutionRepository executions,
                                     Transactions transactions, MeterRegistry registry, ExecutionEvents events) {
        ExecutionMaintenance maintenance = postgres
                .<ExecutionMaintenance>map(p -> new PostgresExecutionMaintenance(p.dataSource()))
                .orElseGet(() -> memoryMaintenance(memory, executions));
        return start(config, maintenance, executions, transactions, postgres.map(p -> targetOf(p.settings())),
                registry, Clock.systemUTC(), events);
    }

    private static ExecutionMaintenance memoryMaintenance(Optional<InMemoryDatabase> memory,
                                                          ExecutionRepository executions) {
        InMemoryDatabase db = memory.orElseThrow(() -> new IllegalArgumentException("no storage to maintain"));
        if (!(executions instanceof InMemoryExecutionRepository inMemory)) {
            throw new IllegalArgumentException("memory storage needs its memory execution repository to maintain");
        }
        return new InMemoryExecutionMaintenance(db, inMemory);
    }

    static PgTarget targetOf(PostgresSettings settings) {
        return PgTarget.of(settings);
    }

    /**
     * Starts the sweeper, and pruning and backups when configured. {@code database} is the Postgres database
     * to back up (empty for memory storage); {@code registry} may be null (no meters). Close the result on shutdown.
     */
    public static OpsScheduler start(Config config, ExecutionMaintenance maintenance, ExecutionRepository executions,
                                     Transactions transactions, Optional<PgTarget> database, MeterRegistry registry,
                                     Clock clock) {
        return start(config, maintenance, executions, transactions, database, registry, clock, ExecutionEvents.NONE);
    }

    /** As above, the sweeper reporting the executions it times out to {@code events}. */
    public static OpsScheduler start(Config config, ExecutionMaintenance maintenance, ExecutionRepository executions,
                                     Transactions transactions, Optional<PgTarget> database, MeterRegistry registry,
                                     Clock clock, ExecutionEvents events) {
        OpsSettings settings = OpsSettings.from(config);
        Optional<BackupJob> backup = database.map(target -> new BackupJob(
                new PgDumpBackup(new PgTools(settings.pgBinDir()), clock, Duration.ofSeconds(30),
                        line -> LOG.log(Level.INFO, line)),
                () -> target, settings.backupDir(), settings.backupKeepDays()));
        OpsMeters meters = registry == null ? OpsMeters.NONE : OpsMeters.helidon(registry);
        return OpsScheduler.start(settings,
                new TimeoutStuckExecutionsService(maintenance, executions, clock, events),
                new PruneExecutionsService(maintenance, clock), backup, meters);
    }
}
