package dev.agentdata.adapter.postgres.ops;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds and starts the Postgres client tools ({@code pg_dump}, {@code pg_restore}) in a folder or on the PATH. */
public final class PgTools {
    private final Optional<Path> binDir;

    public PgTools(Optional<Path> binDir) {
        this.binDir = binDir == null ? Optional.empty() : binDir;
    }

    public static PgTools onPath() {
        return new PgTools(Optional.empty());
    }

    /** Starts {@code tool} with the target's connection arguments and password in the environment. */
    Process start(String tool, List<String> args, PgTarget target) {
        String executable = locate(tool);
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(args);
        if (target != null) {
            command.addAll(target.connectionArgs());
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("PGPASSWORD");
        if (target != null) {
            pb.environment().putAll(target.environment());
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            return pb.start();
        } catch (IOException e) {
            throw new BackupException(tool + " could not be started (" + executable + "): " + e.getMessage()
                    + ". Install the PostgreSQL client tools (a major version at least the server's) or set"
                    + " backup.pg-bin-dir / --pg-bin-dir to the folder that holds " + tool, e);
        }
    }

    private String locate(String tool) {
        if (binDir.isPresent()) {
            return binDir.get().resolve(tool).toString();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return Path.of(dir, tool).toString();
            }
        }
        return tool;
    }
}
