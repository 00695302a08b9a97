package dev.agentdata.adapter.postgres.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Restores a {@link PgDumpBackup} file with {@code pg_restore} in one transaction (all or nothing) into an empty
 * database; a database whose schema already has tables is refused unless {@code force}, which replaces the
 * dumped objects ({@code --clean --if-exists}).
 */
public final class PgRestore {
    private final PgTools tools;
    private final Consumer<String> progress;

    public PgRestore(PgTools tools, Consumer<String> progress) {
        this.tools = Objects.requireNonNull(tools, "tools");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Restores {@code file} into {@code target}; returns how long it took. */
    public Duration restore(Path file, PgTarget target, boolean force) {
        long start = System.nanoTime();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BackupException("backup file " + file + " does not exist or is not readable");
        }
        List<String> tables = existingTables(target);
        if (!tables.isEmpty() && !force) {
            throw new RestoreRefusedException(target.toString(), target.schema(), tables);
        }
        List<String> args = new ArrayList<>(List.of("--exit-on-error", "--single-transaction", "--no-owner",
                "--no-privileges", "--verbose"));
        if (!tables.isEmpty()) {
            args.addAll(List.of("--clean", "--if-exists"));
        }
        args.add(file.toString());
        progress.accept("restoring " + file + " into " + target + (tables.isEmpty() ? "" : " (replacing "
                + tables.size() + " existing tables)"));
        Process p = tools.start("pg_restore", args, target);
        StreamTail.drain(p.getInputStream(), null);
        StreamTail err = StreamTail.drain(p.getErrorStream(), l -> l.contains("processing data for table"));
        int exit = PgDumpBackup.waitFor(p);
        if (exit != 0) {
            throw new BackupException("pg_restore into " + target + " failed (exit " + exit
                    + "), nothing was changed: " + PgDumpBackup.errorLines(err.tail()));
        }
        err.tail();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        progress.accept("restored " + err.marked() + " tables into " + target + " in " + took.toMillis() + " ms");
        return took;
    }

    /** Up to 20 tables in the target's schema, by name; empty for an empty database. */
    public List<String> existingTables(PgTarget target) {
        Properties props = new Properties();
        if (target.user() != null) {
            props.setProperty("user", target.user());
        }
        if (target.password() != null) {
            props.setProperty("password", target.password());
        }
        if (target.sslMode() != null) {
            props.setProperty("sslmode", target.sslMode());
        }
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), props);
             PreparedStatement ps = c.prepareStatement("select table_name from information_schema.tables"
                     + " where table_schema = ? order by table_name limit 20")) {
            ps.setString(1, target.schema());
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new BackupException("cannot connect to " + target + " to check it is empty: " + e.getMessage(), e);
        }
    }
}
