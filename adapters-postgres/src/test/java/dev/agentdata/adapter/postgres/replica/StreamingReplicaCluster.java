package dev.agentdata.adapter.postgres.replica;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real primary ({@code initdb}, {@code wal_level=replica}) and a streaming replica made with
 * {@code pg_basebackup -R} that applies each commit {@link #APPLY_DELAY} late, on free loopback ports, from the
 * Postgres binaries in {@code /usr/lib/postgresql/15/bin} ({@code PG_BIN_DIR} overrides). As root the binaries run
 * as {@code postgres}, as {@code initdb} demands. {@link #available()} tells a test to skip when they are missing.
 */
public final class StreamingReplicaCluster implements AutoCloseable {
    public static final Duration APPLY_DELAY = Duration.ofMillis(300);

    private final Path bin;
    private final Path dir;
    private final int primaryPort;
    private final int replicaPort;

    private StreamingReplicaCluster(Path bin, Path dir, int primaryPort, int replicaPort) {
        this.bin = bin;
        this.dir = dir;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
    }

    /** Where the binaries are; tests skip when {@code initdb}, {@code pg_ctl} or {@code pg_basebackup} is missing. */
    public static Path binaries() {
        String env = System.getenv("PG_BIN_DIR");
        return Path.of(env == null || env.isBlank() ? "/usr/lib/postgresql/15/bin" : env);
    }

    public static boolean available() {
        Path bin = binaries();
        return Stream.of("initdb", "pg_ctl", "pg_basebackup").allMatch(b -> Files.isExecutable(bin.resolve(b)));
    }

    /** Starts the primary, copies it into the replica and starts that; both are stopped and deleted by close. */
    public static StreamingReplicaCluster start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "agentdata-replicas");
        StreamingReplicaCluster cluster = new StreamingReplicaCluster(binaries(), dir, freePort(), freePort());
        try {
            cluster.run(Duration.ofSeconds(60), "chown", "-R", "postgres", dir.toString());
            cluster.runAsPostgres("initdb", "-D", cluster.primaryDir().toString(), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--no-sync");
            Files.writeString(cluster.primaryDir().resolve("postgresql.conf"), String.join("\n",
                    "port = " + cluster.primaryPort, "listen_addresses = '127.0.0.1'",
                    "unix_socket_directories = '" + dir + "'", "wal_level = replica", "max_wal_senders = 5",
                    "fsync = off", "shared_buffers = 32MB", "max_connections = 100", ""),
                    java.nio.file.StandardOpenOption.APPEND);
            cluster.pgCtl(cluster.primaryDir(), "start");
            cluster.runAsPostgres("pg_basebackup", "-h", "127.0.0.1", "-p", String.valueOf(cluster.primaryPort),
                    "-U", "postgres", "-D", cluster.replicaDir().toString(), "-R", "-X", "stream", "--no-sync");
            Files.writeString(cluster.replicaDir().resolve("postgresql.conf"), String.join("\n",
                    "port = " + cluster.replicaPort, "hot_standby = on",
                    "recovery_min_apply_delay = '" + APPLY_DELAY.toMillis() + "ms'", ""),
                    java.nio.file.StandardOpenOption.APPEND);
            cluster.startReplica();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code postgresql://postgres@127.0.0.1:<port>/postgres} of the primary. */
    public String primaryUrl() {
        return "postgresql://postgres@127.0.0.1:" + primaryPort + "/postgres";
    }

    public String replicaUrl() {
        return "postgresql://postgres@127.0.0.1:" + replicaPort + "/postgres";
    }

    public void stopReplica() throws IOException, InterruptedException {
        pgCtl(replicaDir(), "stop", "-m", "fast");
    }

    public void startReplica() throws IOException, InterruptedException {
        pgCtl(replicaDir(), "start");
    }

    private Path primaryDir() {
        return dir.resolve("primary");
    }

    private Path replicaDir() {
        return dir.resolve("replica");
    }

    private void pgCtl(Path data, String... action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pg_ctl", "-D", data.toString(), "-w", "-t", "60",
                "-l", data.resolve("server.log").toString()));
        command.addAll(List.of(action));
        runAsPostgres(command.toArray(String[]::new));
    }

    private void runAsPostgres(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.add(bin.resolve(command[0]).toString());
        full.addAll(List.of(command).subList(1, command.length));
        run(Duration.ofSeconds(120), full.toArray(String[]::new));
    }

    private void run(Duration limit, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("agentdata-pg", ".out");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!p.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took longer than " + limit);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): "
                        + Files.readString(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops both servers at once and deletes their folders. */
    @Override
    public void close() {
        for (Path data : List.of(replicaDir(), primaryDir())) {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                try {
                    pgCtl(data, "stop", "-m", "immediate");
                } catch (IOException | InterruptedException | RuntimeException e) {
                    // the folder goes anyway; a leftover process dies with the machine's session
                }
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder only costs space
        }
    }
}
