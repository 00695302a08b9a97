package dev.agentdata.bootstrap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.helidon.config.Config;

import dev.agentdata.adapter.postgres.ops.BackupException;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.bootstrap.Main;
import dev.agentdata.bootstrap.StartupException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Shared frame of the operator commands: configuration, output, {@code --verbose}, and one-line errors with the exit
 * codes of docs/operations.md: 1 when the operation fails, 2 for a usage error or a setting it cannot use, 3 when
 * the database cannot be used.
 */
abstract class OpsCommand implements Callable<Integer> {
    /** Exit code of an operation that failed (connection, tool, refused restore). */
    static final int FAILED = 1;

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Also print the info logs of the embedded Postgres, Flyway"
            + " and the connection pool (by default only the result, warnings and errors).")
    private boolean verbose;

    @Override
    public final Integer call() {
        try {
            return run(main.config());
        } catch (InvalidSettingException e) {
            return fail(e.getMessage(), Main.CONFIG_ERROR);
        } catch (StartupException e) {
            return fail(e.getMessage(), e.exitCode());
        } catch (BackupException e) {
            return fail(e.getMessage(), FAILED);
        } catch (ParameterException e) {
            throw e;
        } catch (RuntimeException e) {
            return fail(e.getMessage() == null ? "failed unexpectedly (" + e.getClass().getSimpleName() + ")"
                    : e.getMessage(), FAILED);
        }
    }

    private int fail(String message, int exitCode) {
        err().println("agentdata " + spec.name() + ": " + message.strip().replaceAll("\\s*\\R\\s*", " "));
        return exitCode;
    }

    abstract int run(Config config) throws InvalidSettingException;

    /** A usage error of this command: one line and exit code 2, before anything is opened. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Whether the operator asked for the info logs too. */
    boolean verbose() {
        return verbose;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
