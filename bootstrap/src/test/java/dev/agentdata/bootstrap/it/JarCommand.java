package dev.agentdata.bootstrap.it;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * One command of the jar run to its end with exactly the environment given, its standard output and error kept
 * apart (as an operator's terminal or a cron mail shows them), in {@code target/it-logs/<name>.out|.err}.
 */
record JarCommand(int exitCode, List<String> out, List<String> err) {
    static JarCommand run(String name, Map<String, String> env, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                JarProcess.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        EnvironmentOverrides.KEYS.keySet().forEach(pb.environment()::remove);
        pb.environment().putAll(env);
        try {
            Files.createDirectories(JarProcess.LOGS);
            Path out = JarProcess.LOGS.resolve(name + ".out");
            Path err = JarProcess.LOGS.resolve(name + ".err");
            Process process = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(name + " did not exit within " + timeout + ":\n" + Files.readString(err));
            }
            return new JarCommand(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                    Files.readAllLines(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Both streams, for assertion messages. */
    String printed() {
        return "stdout:\n" + String.join("\n", out) + "\nstderr:\n" + String.join("\n", err);
    }
}
