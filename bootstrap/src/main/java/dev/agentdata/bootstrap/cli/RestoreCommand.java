package dev.agentdata.bootstrap.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.helidon.config.Config;

import dev.agentdata.adapter.postgres.ops.BackupSettings;
import dev.agentdata.adapter.postgres.ops.PgRestore;
import dev.agentdata.adapter.postgres.ops.PgTools;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: restores a backup into an empty database, all or nothing. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup file into the database (DATABASE_URL) in one transaction. Refuses a"
                + " database that already has tables unless --force.")
public final class RestoreCommand extends OpsCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "A file written by `agentdata backup`.")
    private Path file;

    @Option(names = "--force", description = "Replace the tables of a non-empty database.")
    private boolean force;

    @Option(names = "--pg-bin-dir", description = "Folder holding pg_restore (default: PATH).")
    private Path pgBinDir;

    @Override
    int run(Config config) throws InvalidSettingException {
        BackupSettings settings = BackupSettings.from(OpsDatabase.postgresConfiguration(config));
        PgTools tools = new PgTools(Optional.ofNullable(pgBinDir).or(settings::pgBinDir));
        Duration took;
        try (OpenDatabase db = OpsDatabase.open(config)) {
            took = new PgRestore(tools, err()::println).restore(file, db.target(), force);
        }
        out().println("restored " + file + " in " + took.toMillis() + " ms");
        return 0;
    }
}
