package dev.agentdata.bootstrap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.helidon.config.Config;

import dev.agentdata.adapter.postgres.ops.BackupException;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.bootstrap.Main;
import dev.agentdata.bootstrap.StartupException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Shared frame of the operator commands: configuration, output, and one-line errors: exit code 1 when the operation
 * fails, 2 for a setting it cannot use.
 */
abstract class OpsCommand implements Callable<Integer> {
    /** Exit code of an operation that failed (connection, tool, refused restore). */
    static final int FAILED = 1;

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return run(main.config());
        } catch (InvalidSettingException e) {
            err().println("agentdata " + spec.name() + ": " + e.getMessage());
            return Main.CONFIG_ERROR;
        } catch (StartupException e) {
            err().println("agentdata " + spec.name() + ": " + e.getMessage());
            return e.exitCode();
        } catch (BackupException | IllegalArgumentException e) {
            err().println("agentdata " + spec.name() + ": " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err().println("agentdata " + spec.name() + ": " + e);
            return FAILED;
        }
    }

    abstract int run(Config config) throws InvalidSettingException;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
