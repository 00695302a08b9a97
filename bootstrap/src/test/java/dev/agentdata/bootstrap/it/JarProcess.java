package dev.agentdata.bootstrap.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.agentdata.bootstrap.EnvironmentOverrides;

/**
 * One {@code java -jar agentdata.jar} child process with exactly the environment the test gives (none of the
 * test JVM's agentdata variables leak in), its output in {@code target/it-logs/<name>.log}, on a free port.
 */
final class JarProcess implements AutoCloseable {
    static final Path LOGS = Path.of(System.getProperty("agentdata.it.logs", "target/it-logs"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private JarProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar with {@code args}, the given environment and SERVER_HOST/SERVER_PORT on a free local port. */
    static JarProcess start(String name, Map<String, String> env, String... args) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        EnvironmentOverrides.KEYS.keySet().forEach(pb.environment()::remove);
        pb.environment().put("SERVER_HOST", "127.0.0.1");
        pb.environment().put("SERVER_PORT", Integer.toString(port));
        pb.environment().putAll(env);
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + ".log");
            pb.redirectOutput(log.toFile());
            return new JarProcess(pb.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command of the jar to its end (bounded) and returns what it printed. */
    static Result run(String name, Map<String, String> env, Duration timeout, String... args) {
        try (JarProcess p = start(name, env, args)) {
            int exit = p.waitForExit(timeout);
            return new Result(exit, p.output());
        }
    }

    /** Exit code and combined stdout/stderr of a finished command. */
    record Result(int exitCode, String output) {
    }

    static Path jar() {
        return Path.of(System.getProperty("agentdata.jar", "target/agentdata.jar")).toAbsolutePath();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until /observe/health/ready answers 200; fails early if the process exits. */
    JarProcess awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base() + "/observe/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("agentdata exited with " + process.exitValue() + " before it was ready:\n"
                        + output());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            sleep(100);
        }
        throw new AssertionError("agentdata was not ready within " + timeout + ":\n" + output());
    }

    /** SIGTERM, then waits (bounded) for the exit; returns the exit code. */
    int stop(Duration timeout) {
        process.destroy();
        return waitForExit(timeout);
    }

    /** SIGKILL: no shutdown hook runs, an embedded postmaster is left behind. */
    void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(10));
    }

    int waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("agentdata did not exit within " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
