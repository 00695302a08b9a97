package dev.agentdata.adapter.postgres;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

import org.opentest4j.TestAbortedException;

import dev.agentdata.adapter.postgres.ops.PgTarget;

/**
 * A real PgBouncer (Debian's, {@code /usr/sbin/pgbouncer}) in transaction pooling mode in front of the test database
 * server, on a free loopback port: one per JVM, started on first use, stopped when the JVM ends. Tests that need it
 * are skipped, saying why, when the binary is missing.
 */
public final class TestPgBouncer {
    public static final Path BINARY = Path.of(System.getenv().getOrDefault("PGBOUNCER", "/usr/sbin/pgbouncer"));
    private static TestPgBouncer running;

    private final int port;
    private final PgTarget server;

    private TestPgBouncer(int port, PgTarget server) {
        this.port = port;
        this.server = server;
    }

    /** The JVM's PgBouncer, started on first use; aborts (skips) the calling test when PgBouncer is not installed. */
    public static synchronized TestPgBouncer shared() {
        if (!Files.isExecutable(BINARY)) {
            throw new TestAbortedException("PgBouncer is not installed (" + BINARY + "; .ci/run installs Debian's "
                    + "pgbouncer): the tests through it are skipped");
        }
        if (running == null) {
            running = start(TestDatabase.serverTarget());
        }
        return running;
    }

    /** {@code DATABASE_URL} through this PgBouncer, marked {@code pgbouncer=true}. */
    public String databaseUrl() {
        return "postgresql://127.0.0.1:" + port + "/" + server.database() + "?user=" + server.user()
                + (server.password() == null ? "" : "&password=" + server.password()) + "&pgbouncer=true";
    }

    /** Settings for a new schema through this PgBouncer, with the same pool size and timeouts as the direct tests. */
    public PostgresSettings settings(String schema) {
        return PostgresSettings.fromUrl(databaseUrl()).withSchema(schema).withPoolSize(20).withTimeouts(5, 10);
    }

    /** A started (migrated through the direct connection) storage on a new schema, its requests through PgBouncer. */
    public PostgresStorage freshStorage() {
        String schema = TestDatabase.freshSchemaName();
        PostgresSettings direct = TestDatabase.serverSettings().withSchema(schema).withPoolSize(2);
        return new PostgresStorage(settings(schema), direct)
                .start(new StartupRetry(Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    public int port() {
        return port;
    }

    private static TestPgBouncer start(PgTarget server) {
        try {
            Path dir = Files.createTempDirectory("agentdata-pgbouncer",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            int port = freePort();
            Path ini = dir.resolve("pgbouncer.ini");
            // auth_type any: clients are not checked here, PgBouncer logs in to Postgres as the database line says
            Files.writeString(ini, """
                    [databases]
                    * = host=%s port=%d user=%s%s
                    [pgbouncer]
                    listen_addr = 127.0.0.1
                    listen_port = %d
                    unix_socket_dir =
                    auth_type = any
                    pool_mode = transaction
                    max_client_conn = 2000
                    default_pool_size = 40
                    ignore_startup_parameters = extra_float_digits
                    """.formatted(server.host(), server.port(), server.user(),
                    server.password() == null ? "" : " password=" + server.password(), port));
            ProcessBuilder command = "root".equals(System.getProperty("user.name"))
                    // PgBouncer refuses to run as root; -u drops to an ordinary user after reading the file
                    ? new ProcessBuilder(BINARY.toString(), "-u", "nobody", ini.toString())
                    : new ProcessBuilder(BINARY.toString(), ini.toString());
            Process process = command.redirectErrorStream(true).redirectOutput(dir.resolve("pgbouncer.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.destroy();
                deleteQuietly(dir);
            }));
            awaitListening(port, process, dir.resolve("pgbouncer.log"));
            return new TestPgBouncer(port, server);
        } catch (IOException e) {
            throw new IllegalStateException("PgBouncer did not start: " + e.getMessage(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(int port, Process process, Path log) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PgBouncer exited: " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        process.destroy();
        throw new IllegalStateException("PgBouncer did not listen on port " + port + " within 10 s: "
                + Optional.of(Files.readString(log)).orElse(""));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind costs a few bytes
        }
    }
}
