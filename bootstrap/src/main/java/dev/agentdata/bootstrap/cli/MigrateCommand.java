package dev.agentdata.bootstrap.cli;

import java.util.List;

import io.helidon.config.Config;

import dev.agentdata.adapter.postgres.ops.MigrationRow;
import dev.agentdata.adapter.postgres.ops.SchemaMigrations;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate}: applies pending schema migrations, or with {@code --info} lists applied and pending ones. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply pending database migrations (DATABASE_URL), or list them with --info.")
public final class MigrateCommand extends OpsCommand {
    @Option(names = "--info", description = "List every migration with its state; change nothing.")
    private boolean info;

    @Override
    int run(Config config) throws InvalidSettingException {
        try (OpenDatabase db = OpsDatabase.open(config)) {
            return run(new SchemaMigrations(db.target()));
        }
    }

    private int run(SchemaMigrations migrations) {
        if (!info) {
            int applied = migrations.migrate();
            out().println(applied == 0 ? "schema is up to date" : "applied " + applied + " migration(s)");
            return 0;
        }
        List<MigrationRow> rows = migrations.info();
        out().printf("%-10s %-12s %-25s %s%n", "VERSION", "STATE", "INSTALLED", "DESCRIPTION");
        for (MigrationRow r : rows) {
            out().printf("%-10s %-12s %-25s %s%n", r.version(), r.state(),
                    r.installedOn() == null ? "-" : r.installedOn().toString(), r.description());
        }
        long pending = rows.stream().filter(MigrationRow::pending).count();
        out().println(pending + " pending");
        return 0;
    }
}
