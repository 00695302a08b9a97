package dev.agentdata.bootstrap.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.helidon.config.Config;

import dev.agentdata.adapter.postgres.ops.BackupResult;
import dev.agentdata.adapter.postgres.ops.BackupSettings;
import dev.agentdata.adapter.postgres.ops.PgDumpBackup;
import dev.agentdata.adapter.postgres.ops.PgTools;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup}: a verified pg_dump of the database into the backup folder, then retention. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the database (DATABASE_URL) with pg_dump into agentdata_YYYYMMDD_HHMMSS.dump,"
                + " verify it, and delete backups older than --keep-days.")
public final class BackupCommand extends OpsCommand {
    @Option(names = "--dir", description = "Backup folder (default: backup.dir, ./backups).")
    private Path dir;

    @Option(names = "--keep-days", description = "Delete backups older than this many days; 0 keeps all"
            + " (default: backup.keep-days, 30).")
    private Integer keepDays;

    @Option(names = "--pg-bin-dir", description = "Folder holding pg_dump and pg_restore (default: PATH).")
    private Path pgBinDir;

    @Override
    int run(Config config) throws InvalidSettingException {
        if (keepDays != null && keepDays < 0) {
            throw usage("--keep-days must be 0 (keep all) or more, was " + keepDays);
        }
        BackupSettings settings = BackupSettings.from(OpsDatabase.postgresConfiguration(config));
        PgTools tools = new PgTools(Optional.ofNullable(pgBinDir).or(settings::pgBinDir));
        PgDumpBackup backup = new PgDumpBackup(tools, Clock.systemUTC(), Duration.ofSeconds(5), err()::println);
        BackupResult r;
        try (OpenDatabase db = OpsDatabase.open(config)) {
            r = backup.backup(db.target(), dir != null ? dir : settings.dir(),
                    keepDays != null ? keepDays : settings.keepDays());
        }
        // the summary (bytes, entries, time, pruned) is the backup's own last progress line, on stderr
        out().println(r.file().toAbsolutePath());
        return 0;
    }
}
