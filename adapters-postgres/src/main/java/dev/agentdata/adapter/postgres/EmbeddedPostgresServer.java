package dev.agentdata.adapter.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A Postgres server run from the JVM (zonky, PG 14) on a data directory that survives restarts, with fsync and
 * synchronous commit on so an acknowledged commit survives a crash. A postmaster left running by a killed JVM
 * is stopped first; a directory held by another live JVM is refused ({@link DataDirectoryInUseException}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());
    private static final String LOCK_FILE = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** Starts (initialising on first use) the server whose data lives in {@code dataDir}, on a free port. */
    public static EmbeddedPostgresServer start(Path dataDir) {
        return start(dataDir, 0);
    }

    /** As {@link #start(Path)} on a fixed port ({@code 0}: any free port), so clients can reconnect after a restart. */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            if (Files.exists(dir.resolve("postgresql.conf"))) {
                ensureNotHeldByAnotherProcess(dir);
                stopLeftoverPostmaster(dir);
            } else {
                Files.deleteIfExists(dir.resolve(LOCK_FILE));
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder
                    .setDataDirectory(dir.toFile())
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, dir);
            LOG.log(Level.INFO, "embedded Postgres on port {0,number,#} with data in {1}", pg.getPort(), dir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded Postgres in " + dir + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** Settings for {@link PostgresStorage}: the {@code postgres} database as user {@code postgres}, trust auth. */
    public PostgresSettings settings(String schema) {
        return new PostgresSettings(jdbcUrl(), "postgres", null, schema, PostgresSettings.DEFAULT_POOL_SIZE,
                PostgresSettings.DEFAULT_CONNECT_TIMEOUT, PostgresSettings.DEFAULT_POOL_TIMEOUT);
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop embedded Postgres", e);
        }
    }

    private static void ensureNotHeldByAnotherProcess(Path dir) throws IOException {
        Path lock = dir.resolve(LOCK_FILE);
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = ch.tryLock();
            if (held == null) {
                throw new DataDirectoryInUseException(dir, "in use by another running agentdata process", null);
            }
            held.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new DataDirectoryInUseException(dir, "already in use in this process", e);
        }
    }

    /** A postmaster whose JVM was killed keeps running and holds the directory: stop it (fast shutdown). */
    private static void stopLeftoverPostmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> leftover = lines.isEmpty() ? Optional.empty() : parsePid(lines.getFirst())
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle p = leftover.get();
        LOG.log(Level.WARNING, "stopping a Postgres server (pid {0,number,#}) left running on {1} by an earlier process",
                p.pid(), dir);
        signal("INT", p.pid());
        if (!waitForExit(p, Duration.ofSeconds(30))) {
            LOG.log(Level.WARNING, "leftover Postgres did not stop in 30 s; killing it (crash recovery follows)");
            p.destroyForcibly();
            waitForExit(p, Duration.ofSeconds(10));
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("postgres") || c.contains("/bin/postgres")).orElse(true);
    }

    private static void signal(String name, long pid) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping leftover Postgres", e);
        }
    }

    private static boolean waitForExit(ProcessHandle p, Duration timeout) {
        try {
            p.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
