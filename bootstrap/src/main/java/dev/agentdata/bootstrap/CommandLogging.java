package dev.agentdata.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.logging.common.LogConfig;

import dev.agentdata.bootstrap.cli.ServeCommand;
import picocli.CommandLine.ParseResult;

/**
 * Logging for one command line, set up before the command runs: logging.properties (one line per record).
 * {@code serve} logs at INFO; the other commands print their result and only warnings and errors, unless
 * {@code --verbose} brings back the info records of the embedded Postgres, Flyway and the pool.
 */
final class CommandLogging {
    /** Libraries whose info records {@code --verbose} shows (logging.properties keeps them at WARNING). */
    private static final List<String> CHATTY = List.of("io.zonky", "org.flywaydb", "com.zaxxer.hikari");
    /** JUL holds loggers weakly: a logger whose level was set must be kept, or a later lookup forgets the level. */
    private static final List<Logger> KEPT = new ArrayList<>();

    private CommandLogging() {
    }

    static void configure(ParseResult parsed) {
        LogConfig.configureRuntime();
        ParseResult command = parsed;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        boolean serve = command.commandSpec().userObject() instanceof ServeCommand;
        boolean verbose = command.hasMatchedOption("--verbose");
        if (verbose) {
            for (String name : CHATTY) {
                Logger logger = Logger.getLogger(name);
                logger.setLevel(Level.INFO);
                KEPT.add(logger);
            }
        } else if (!serve) {
            for (Handler handler : Logger.getLogger("").getHandlers()) {
                handler.setLevel(Level.WARNING);
            }
        }
    }
}
