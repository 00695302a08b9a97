package dev.agentdata.bootstrap;

import java.io.PrintStream;
import java.util.function.Consumer;

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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

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
    /** Exit code when the server cannot listen on its address (the port is in use, or not ours to take). */
    public static final int PORT_UNAVAILABLE = 4;
    /** Exit code of a command line that does not parse (unknown option, missing or malformed argument). */
    public static final int USAGE_ERROR = CONFIG_ERROR;

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
        System.exit(run(config, args, System.out, System.err, CommandLogging::configure));
    }

    /** Runs one command line against {@code config} ({@code serve} when empty); returns the exit code. */
    public static int run(Config config, String[] args, PrintStream out, PrintStream err) {
        return run(config, args, out, err, parsed -> { });
    }

    /**
     * As {@link #run(Config, String[], PrintStream, PrintStream)}, calling {@code beforeExecution} once the command
     * line is parsed (the process sets up its logging there). A usage error is one line and exit code
     * {@link #USAGE_ERROR}.
     */
    static int run(Config config, String[] args, PrintStream out, PrintStream err,
                   Consumer<ParseResult> beforeExecution) {
        CommandLine cli = new CommandLine(new Main(config, out));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, arguments) -> usageError(e, err));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ParameterException usage) {
                return usageError(usage, err);
            }
            if (e instanceof StartupException startup) {
                err.println("agentdata: " + startup.getMessage());
                return startup.exitCode();
            }
            throw e;
        });
        cli.setExecutionStrategy(parsed -> {
            beforeExecution.accept(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli.execute(args.length == 0 ? new String[] {"serve"} : args);
    }

    /**
     * One line naming the command, what is wrong with its arguments and where the help is; {@link #USAGE_ERROR}.
     * picocli's own converters add the exception they caught ("(java.lang.IllegalArgumentException: ...)"): dropped.
     */
    private static int usageError(ParameterException e, PrintStream err) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        String message = e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ")
                .replaceAll(" \\((?:[a-z]\\w*\\.)+\\w+(?:Exception|Error): [^)]*\\)", "");
        err.println(command + ": " + message + " (see `" + command + " --help`)");
        return USAGE_ERROR;
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
