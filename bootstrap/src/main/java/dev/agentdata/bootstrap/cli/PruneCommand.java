package dev.agentdata.bootstrap.cli;

import java.time.Clock;
import java.time.Duration;

import io.helidon.config.Config;

import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.adapter.postgres.ops.PostgresExecutionMaintenance;
import dev.agentdata.application.port.out.PrunedCounts;
import dev.agentdata.application.service.ops.PruneExecutionsService;
import dev.agentdata.bootstrap.ops.DurationText;
import dev.agentdata.bootstrap.ops.OpsSettings;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code prune --older-than 14d}: deletes finished executions that ended before the cutoff, in short batches. */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Delete finished executions (completed, failed, cancelled, timeout) and their node"
                + " executions that ended longer ago than --older-than. Queued and running ones are never deleted.")
public final class PruneCommand extends OpsCommand {
    @Option(names = "--older-than", required = true, paramLabel = "AGE",
            description = "Age such as 14d, 12h or PT36H.")
    private String olderThan;

    @Option(names = "--batch-size", description = "Executions deleted per transaction (default 1000).")
    private int batchSize = OpsSettings.DEFAULT_PRUNE_BATCH;

    @Override
    int run(Config config) throws InvalidSettingException {
        Duration age = DurationText.parse(olderThan, "--older-than");
        PrunedCounts c;
        try (OpenDatabase db = OpsDatabase.open(config)) {
            var maintenance = new PostgresExecutionMaintenance(OpsDatabase.dataSource(db.target()),
                    new SqlSchema(db.target().schema()));
            c = new PruneExecutionsService(maintenance, Clock.systemUTC()).prune(age, batchSize);
        }
        out().println("pruned " + c.executions() + " executions and " + c.nodeExecutions()
                + " node executions that ended more than " + olderThan + " ago");
        return 0;
    }
}
