package dev.agentdata.bootstrap;

import java.io.PrintStream;

import io.helidon.config.Config;
import io.helidon.service.registry.Services;

import dev.agentdata.bootstrap.cli.BackupCommand;
import dev.agentdata.bootstrap.cli.MigrateCommand;
import dev.agentdata.bootstrap.cli.PruneCommand;
import dev.agentdata.bootstrap.cli.RestoreCommand;
import dev.agentdata.bootstrap.cli.ServeCommand;
import dev.agentdata.bootstrap.cli.TokenCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the agentdata jar: {@code serve} (default) and the operator commands. */
@Command(name = "agentdata", mixinStandardHelpOptions = true, version = "agentdata 0.1.0",
        description = "Data service of an agent-workflow platform.",
        subcommands = {ServeCommand.class, TokenCommand.class, MigrateCommand.class, BackupCommand.class,
                RestoreCommand.class, PruneCommand.class})
public final class Main {
    /** Exit code for a configuration the server or a command cannot run with. */
    public static final int CONFIG_ERROR = 2;
    /** Exit code when the storage cannot be opened (database unreachable, migration failed). */
    public static final int STORAGE_ERROR = 3;

    private final Config config;
    private final PrintStream out;
    private AppConfig appConfig;

    public Main(Config config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public static void main(String[] args) {
        Config config = ConfigLoader.load(System.getenv());
        Services.set(Config.class, config);
        System.exit(run(config, args, System.out, System.err));
    }

    /** Runs one command line against {@code config} ({@code serve} when empty); returns the exit code. */
    public static int run(Config config, String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main(config, out));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof StartupException startup) {
                err.println("agentdata: " + startup.getMessage());
                return startup.exitCode();
            }
            throw e;
        });
        return cli.execute(args.length == 0 ? new String[] {"serve"} : args);
    }

    /** The raw Helidon configuration, for commands that read keys of their own. */
    public Config config() {
        return config;
    }

    /** The validated configuration; throws {@link StartupException} on an invalid value. */
    public synchronized AppConfig appConfig() {
        if (appConfig == null) {
            appConfig = AppConfig.from(config);
        }
        return appConfig;
    }

    public PrintStream out() {
        return out;
    }
}
